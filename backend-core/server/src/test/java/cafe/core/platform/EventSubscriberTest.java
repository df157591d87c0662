package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.core.platform.messaging.DurableSubscription;
import cafe.core.platform.messaging.EventRoutes;
import cafe.core.platform.messaging.Topology;
import cafe.core.shared.StorageUnavailable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSubscriberTest {

    private static final DurableSubscription COUNTS = new DurableSubscription(Addresses.PAYMENT_EVENTS,
            "test.counts", "type = 'Counted'");

    @TempDir
    Path dataDir;
    private PlatformFixture fixture;
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<Long> poisonAttemptNanos = new CopyOnWriteArrayList<>();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    record Counted(String name) {
    }

    @BeforeEach
    void start() {
        fixture = new PlatformFixture(dataDir);
        fixture.platform.subscribe(COUNTS, fixture.database, new EventRoutes().on("Counted", Counted.class, c -> {
            attempts.incrementAndGet();
            handled.add(c.name());
            fixture.count(c.name());
            if (c.name().equals("hold")) {
                hold();
            }
            if (c.name().equals("disk-full") && attempts.get() <= 4) {
                throw new StorageUnavailable("platformtest", new IllegalStateException("SQLITE_FULL"));
            }
            if (c.name().equals("half-upgraded") && attempts.get() == 1) {
                throw new NoClassDefFoundError("cafe/core/Replaced");
            }
            if (c.name().equals("poison")) {
                poisonAttemptNanos.add(System.nanoTime());
                throw new IllegalStateException("this event can never be applied");
            }
        }));
        fixture.platform.open();
    }

    /** Keeps the subscriber busy until released, so that what is published meanwhile waits together. */
    private void hold() {
        holding.countDown();
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void publish(TestTerminal admin, String eventId, String name) throws Exception {
        admin.publish(Addresses.PAYMENT_EVENTS, "{\"name\":\"" + name + "\"}",
                Map.of(Headers.TYPE, "Counted", Headers.EVENT_ID, eventId));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String eventId = UUID.randomUUID().toString();
        try (TestTerminal admin = fixture.admin()) {
            publish(admin, eventId, "mocha");
            publish(admin, eventId, "mocha");
            publish(admin, UUID.randomUUID().toString(), "done");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.tally("done") == 1);
        assertThat(fixture.tally("mocha")).isEqualTo(1);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void anErrorInAHandlerRollsItsEventBackForRedeliveryAndTheSubscriberGoesOn() throws Exception {
        try (TestTerminal admin = fixture.admin()) {
            publish(admin, UUID.randomUUID().toString(), "half-upgraded");
            publish(admin, UUID.randomUUID().toString(), "mocha");
        }
        // applied on its redelivery, and the event after it too
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fixture.tally("half-upgraded") == 1 && fixture.tally("mocha") == 1);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void anEventThatAlwaysFailsIsDeadLetteredAfterThreeAttemptsBackingOffAndChangesNothing() throws Exception {
        try (TestTerminal admin = fixture.admin()) {
            publish(admin, UUID.randomUUID().toString(), "poison");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.broker.depth(Topology.DEAD_LETTERS.queue()) == 1);
        assertThat(attempts).hasValue(3);
        assertThat(millisBetween(0, 1)).as("first redelivery delay").isGreaterThanOrEqualTo(190);
        assertThat(millisBetween(1, 2)).as("second redelivery delay, doubled").isGreaterThanOrEqualTo(390);
        assertThat(fixture.tally("poison")).isZero();
        assertThat(fixture.broker.depth(COUNTS.queue())).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIsDeadLetteredToo() throws Exception {
        try (TestTerminal admin = fixture.admin()) {
            admin.publish(Addresses.PAYMENT_EVENTS, "not json", Map.of(Headers.TYPE, "Counted",
                    Headers.EVENT_ID, UUID.randomUUID().toString()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.broker.depth(Topology.DEAD_LETTERS.queue()) == 1);
        assertThat(attempts).hasValue(0);
    }

    @Test
    void anEventThatMeetsAFullDiskWaitsForSpaceInsteadOfSpendingItsDeliveries() throws Exception {
        try (TestTerminal admin = fixture.admin()) {
            publish(admin, UUID.randomUUID().toString(), "disk-full");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.tally("disk-full") == 1);
        assertThat(attempts).hasValue(5);
        // the message is acknowledged just after the commit that counted it
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.broker.depth(COUNTS.queue()) == 0);
        assertThat(fixture.broker.depth(Topology.DEAD_LETTERS.queue())).isZero();
    }

    @Test
    void eventsThatArriveTogetherAreAppliedOnceEachInTheOrderPublished() throws Exception {
        try (TestTerminal admin = fixture.admin()) {
            publish(admin, UUID.randomUUID().toString(), "hold");
            holding.await(20, TimeUnit.SECONDS);
            for (int i = 0; i < 100; i++) {
                publish(admin, UUID.randomUUID().toString(), "latte-" + i);
            }
        }
        release.countDown();

        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.broker.depth(COUNTS.queue()) == 0);
        assertThat(handled).containsExactlyElementsOf(Stream.concat(Stream.of("hold"),
                IntStream.range(0, 100).mapToObj(i -> "latte-" + i)).toList());
        assertThat(fixture.tally("latte-99")).isOne();
    }

    @Test
    void oneEventThatFailsAmongManyWaitingIsDeadLetteredAloneAndTheOthersApplyOnce() throws Exception {
        try (TestTerminal admin = fixture.admin()) {
            publish(admin, UUID.randomUUID().toString(), "hold");
            holding.await(20, TimeUnit.SECONDS);
            for (int i = 0; i < 30; i++) {
                publish(admin, UUID.randomUUID().toString(), i == 15 ? "poison" : "mocha-" + i);
            }
        }
        release.countDown();

        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.broker.depth(Topology.DEAD_LETTERS.queue()) == 1
                && fixture.broker.depth(COUNTS.queue()) == 0);
        assertThat(poisonAttemptNanos).hasSize(3);
        assertThat(fixture.tally("poison")).isZero();
        assertThat(handled).as("first tried in one transaction with the poison, then alone")
                .filteredOn("mocha-0"::equals).hasSize(2);
        for (int i = 0; i < 30; i++) {
            assertThat(fixture.tally("mocha-" + i)).as("mocha-" + i).isEqualTo(i == 15 ? 0 : 1);
        }
    }

    private long millisBetween(int attempt, int next) {
        return (poisonAttemptNanos.get(next) - poisonAttemptNanos.get(attempt)) / 1_000_000;
    }
}
