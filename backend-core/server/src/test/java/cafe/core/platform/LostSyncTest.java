package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.core.platform.messaging.DurableSubscription;
import cafe.core.platform.messaging.EventRoutes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fails to sync a database's log: nothing applied since is acknowledged, and a restart goes on. */
class LostSyncTest {

    private static final DurableSubscription COUNTS = new DurableSubscription(Addresses.PAYMENT_EVENTS,
            "test.counts", "type = 'Counted'");
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void anEventWhoseCommitCannotBeSyncedStaysInItsQueueAndIsAppliedOnceAfterARestart() throws Exception {
        PlatformFixture store = counting(new PlatformFixture(dataDir));
        try (TestTerminal admin = store.admin()) {
            publish(admin, "mocha");
            await().atMost(DEADLINE).until(() -> store.tally("mocha") == 1 && store.broker.depth(COUNTS.queue()) == 0);
            Path log = dataDir.resolve("platformtest.db-wal");
            Path aside = dataDir.resolve("platformtest.db-wal.aside");
            Files.move(log, aside);
            // SQLite keeps writing the log it holds open; a sync, which opens it by name, fails
            Files.createDirectory(log);

            publish(admin, "latte");

            assertThat(store.platform.storageLost().toCompletableFuture().get(DEADLINE.toSeconds(), TimeUnit.SECONDS))
                    .startsWith("the platformtest database's log could not be synced to the disk");
            assertThat(store.broker.depth(COUNTS.queue())).as("latte, not acknowledged").isOne();
            Files.delete(log);
            Files.move(aside, log);

            // the subscriber tries to sync again within 2 s (it backs off from 250 ms), and the log
            // can be synced now: the pages of latte's commit may still have been lost meanwhile
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> store.broker.depth(COUNTS.queue()) == 1);
        }

        PlatformFixture restarted = counting(store.restarted());
        try {
            await().atMost(DEADLINE).until(() -> restarted.broker.depth(COUNTS.queue()) == 0);
            assertThat(restarted.tally("latte")).isOne();
            assertThat(restarted.tally("mocha")).isOne();
        } finally {
            restarted.close();
        }
    }

    private static PlatformFixture counting(PlatformFixture store) {
        store.platform.subscribe(COUNTS, store.database, new EventRoutes().on("Counted", EventSubscriberTest.Counted.class,
                counted -> store.count(counted.name())));
        store.platform.open();
        return store;
    }

    private static void publish(TestTerminal admin, String name) throws Exception {
        admin.publish(Addresses.PAYMENT_EVENTS, "{\"name\":\"" + name + "\"}",
                Map.of(Headers.TYPE, "Counted", Headers.EVENT_ID, UUID.randomUUID().toString()));
    }
}
