package cafe.core.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.contract.wire.Role;
import cafe.core.platform.FreePort;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.shared.OutboundEvent;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terminals hear a context's events from the thread that committed them, in the order they were
 * written, and the relay marks a row published only once the broker has taken its live copy (the
 * services' copy does not wait for that). The
 * relay's worker is held busy where a test needs to show what does not wait for it.
 */
class LiveCopiesTest {

    /** As ordering follows the bar. */
    private static final DurableSubscription BAR_WATCH = DurableSubscription.of(Addresses.BARISTA_EVENTS,
            "test.bar-watch");
    private static final Duration NO_SWEEP_WITHIN_THE_TEST = Duration.ofHours(1);

    @TempDir
    Path dataDir;
    private EmbeddedBroker broker;
    private ServiceDatabase database;
    private Connection services;
    private OutboxRelay relay;
    private final CountDownLatch busy = new CountDownLatch(1);
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find()));
        broker.declare(BAR_WATCH);
        database = ServiceDatabase.open(dataDir, "platformtest", List.of(), Json.newMapper(), Clock.systemUTC());
        services = broker.openServiceConnection();
    }

    @AfterEach
    void stop() throws Exception {
        busy.countDown();
        if (relay != null) {
            relay.close();
        }
        services.close();
        database.close();
        broker.close();
    }

    @Test
    void consolesHearABarEventAtItsCommitWhileTheRelayIsBusyAndGetNoSecondCopyFromIt() throws Exception {
        relay = new OutboxRelay(database, services, broker.openConfirmingConnection(), Clock.systemUTC(),
                NO_SWEEP_WITHIN_THE_TEST, worker);
        try (TestTerminal admin = admin();
             MessageConsumer feed = admin.listen(Addresses.BARISTA_FEED);
             MessageConsumer watch = admin.consume(BAR_WATCH.fullyQualifiedName())) {
            relay.start();
            commitAtTheBar("TicketStarted");
            assertThat(typeOf(feed.receive(5_000))).isEqualTo("TicketStarted");
            assertThat(typeOf(watch.receive(5_000))).isEqualTo("TicketStarted");
            holdTheRelayBusy();

            commitAtTheBar("TicketReady");

            assertThat(typeOf(feed.receive(5_000))).as("heard while the relay is busy").isEqualTo("TicketReady");
            assertThat(watch.receiveNoWait()).as("the services' copy waits for the relay").isNull();
            busy.countDown();
            assertThat(typeOf(watch.receive(5_000))).isEqualTo("TicketReady");
            admin.publish(Addresses.BARISTA_FEED, "{}", Map.of(Headers.TYPE, "Marker"));
            assertThat(typeOf(feed.receive(5_000))).as("no second copy from the relay").isEqualTo("Marker");
        }
    }

    @Test
    void eventsLeftFromBeforeTheStartReachTerminalsBeforeAnEventCommittedSince() throws Exception {
        insertUnsentBarRows("TicketQueued", "TicketStarted");
        relay = new OutboxRelay(database, services, broker.openConfirmingConnection(), Clock.systemUTC(),
                NO_SWEEP_WITHIN_THE_TEST, worker);
        try (TestTerminal admin = admin();
             MessageConsumer feed = admin.listen(Addresses.BARISTA_FEED)) {
            holdTheRelayBusy();
            relay.start();
            commitAtTheBar("TicketReady");
            busy.countDown();

            assertThat(typeOf(feed.receive(5_000))).isEqualTo("TicketQueued");
            assertThat(typeOf(feed.receive(5_000))).isEqualTo("TicketStarted");
            assertThat(typeOf(feed.receive(5_000))).isEqualTo("TicketReady");
            admin.publish(Addresses.BARISTA_FEED, "{}", Map.of(Headers.TYPE, "Marker"));
            assertThat(typeOf(feed.receive(5_000))).as("each once").isEqualTo("Marker");
        }
    }

    @Test
    void aLiveCopyTheBrokerRefusesKeepsItsRowDueWithoutHoldingTheServicesBack() throws Exception {
        // as a kiosk, which may send to no event address: the broker refuses every live copy
        Connection refused = ServiceConnections.confirmingSends(new ActiveMQConnectionFactory(broker.localTerminalUrl()),
                new ServiceConnections.Credentials(Role.KIOSK.user(), broker.password(Role.KIOSK)));
        relay = new OutboxRelay(database, services, refused, Clock.systemUTC(), Duration.ofMillis(100));
        try (TestTerminal admin = admin();
             MessageConsumer watch = admin.consume(BAR_WATCH.fullyQualifiedName())) {
            relay.start();

            commitAtTheBar("TicketReady");

            assertThat(typeOf(watch.receive(5_000))).as("the services' copy").isEqualTo("TicketReady");
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(
                    () -> database.transactions().inTransaction(() -> database.outboxStore().pendingCount()) == 1);
        }
    }

    private TestTerminal admin() throws Exception {
        return TestTerminal.connect(broker.localTerminalUrl(), Role.ADMIN.user(), broker.password(Role.ADMIN));
    }

    /** Returns once the relay's worker is held: whatever it had queued before (a wake-up) has run. */
    private void holdTheRelayBusy() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        worker.execute(() -> {
            held.countDown();
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(held.await(5, TimeUnit.SECONDS)).as("the relay's worker is held").isTrue();
    }

    private void commitAtTheBar(String type) {
        database.transactions().run(() -> database.outbox().append(
                new OutboundEvent(Addresses.BARISTA_EVENTS, type, "order-1", Map.of())));
    }

    /** Rows as a server that stopped before relaying them leaves them, all due now. */
    private void insertUnsentBarRows(String... types) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("platformtest.db"));
             var insert = connection.prepareStatement("insert into outbox (event_id, address, type, order_id, body,"
                     + " occurred_at, next_attempt_at) values (?, ?, ?, 'order-1', '{}', ?, ?)")) {
            long now = System.currentTimeMillis();
            for (String type : types) {
                insert.setString(1, type + "-before");
                insert.setString(2, Addresses.BARISTA_EVENTS);
                insert.setString(3, type);
                insert.setLong(4, now);
                insert.setLong(5, now);
                insert.executeUpdate();
            }
        }
    }

    private static String typeOf(Message message) throws Exception {
        assertThat(message).as("an event within 5 s").isNotNull();
        return message.getStringProperty(Headers.TYPE);
    }
}
