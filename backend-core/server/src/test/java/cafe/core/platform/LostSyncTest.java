package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.core.platform.messaging.DurableSubscription;
import cafe.core.platform.messaging.EventRoutes;
import cafe.core.platform.persistence.FailingDisk;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.shared.StorageUnavailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fails to sync a database's log: nothing applied since is acknowledged, even once syncs
 * work again, and a restart goes on from the files. A log that only would not open is tried again.
 */
class LostSyncTest {

    private static final DurableSubscription COUNTS = new DurableSubscription(Addresses.PAYMENT_EVENTS,
            "test.counts", "type = 'Counted'");
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    private FailingDisk disk;
    private PlatformFixture store;

    @BeforeEach
    void start() {
        disk = new FailingDisk(dataDir);
        store = counting(new PlatformFixture(dataDir, disk));
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void anEventWhoseCommitCannotBeSyncedStaysInItsQueueAndIsAppliedOnceAfterARestart() throws Exception {
        counted("mocha");
        disk.failSyncs(1);

        publish("latte");

        assertThat(storageLost()).isEqualTo("the platformtest database's platformtest.db-wal could not be synced "
                + "to the disk (Input/output error), so its commits since the last sync may not be on it");
        staysUnacknowledged();
        store = counting(store.restarted());
        await().atMost(DEADLINE).until(() -> store.broker.depth(COUNTS.queue()) == 0);
        assertThat(store.tally("latte")).isOne();
        assertThat(store.tally("mocha")).isOne();
    }

    @Test
    void aCheckpointWhoseSyncFailsLeavesNothingToBeAcknowledgedEither() throws Exception {
        counted("mocha");
        disk.failCheckpoints(1);

        assertThat(storageLost()).isEqualTo("the platformtest database's platformtest.db's checkpoint could not "
                + "be synced to the disk (Input/output error), so its commits since the last sync may not be on it");
        publish("latte");

        staysUnacknowledged();
    }

    @Test
    void aLogThatWouldNotOpenForItsSyncIsTriedAgainAndTheEventAcknowledgedOnceItOpens() throws Exception {
        counted("mocha");
        Path log = dataDir.resolve("platformtest.db-wal");
        Path aside = dataDir.resolve("platformtest.db-wal.aside");
        Files.move(log, aside);
        // SQLite keeps writing the log it holds open; the sync, which opens it by name, cannot
        Files.createDirectory(log);
        publish("latte");
        await().atMost(DEADLINE).until(() -> store.tally("latte") == 1);

        Files.delete(log);
        Files.move(aside, log);

        await().atMost(DEADLINE).until(() -> store.broker.depth(COUNTS.queue()) == 0);
        assertThat(store.platform.storageLost().toCompletableFuture()).isNotDone();
    }

    @Test
    void aDatabaseWhoseLogCannotBeWrittenAgainAtItsStartDoesNotOpen() {
        FailingDisk stillFailing = new FailingDisk(dataDir);
        stillFailing.failCheckpoints(1);

        assertThatThrownBy(() -> ServiceDatabase.open(stillFailing, "platformtest", List.of(Tally.class),
                Json.newMapper(), Clock.systemUTC()))
                .isInstanceOf(StorageUnavailable.class).hasMessageContaining("platformtest");
    }

    private void counted(String name) throws Exception {
        publish(name);
        await().atMost(DEADLINE).until(() -> store.tally(name) == 1 && store.broker.depth(COUNTS.queue()) == 0);
    }

    private String storageLost() throws Exception {
        return store.platform.storageLost().toCompletableFuture().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    /** The subscriber tries to sync again within 2 s (it backs off from 250 ms), and syncs work again by then. */
    private void staysUnacknowledged() {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> store.broker.depth(COUNTS.queue()) == 1);
    }

    private static PlatformFixture counting(PlatformFixture store) {
        store.platform.subscribe(COUNTS, store.database, new EventRoutes().on("Counted", EventSubscriberTest.Counted.class,
                counted -> store.count(counted.name())));
        store.platform.open();
        return store;
    }

    private void publish(String name) throws Exception {
        try (TestTerminal admin = store.admin()) {
            admin.publish(Addresses.PAYMENT_EVENTS, "{\"name\":\"" + name + "\"}",
                    Map.of(Headers.TYPE, "Counted", Headers.EVENT_ID, UUID.randomUUID().toString()));
        }
    }
}
