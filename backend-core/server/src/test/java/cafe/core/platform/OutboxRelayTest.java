package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.core.platform.messaging.DurableSubscription;
import cafe.core.shared.OutboundEvent;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxRelayTest {

    private static final DurableSubscription WATCH = DurableSubscription.of(Addresses.PAYMENT_EVENTS, "test.watch");
    /** As ordering follows the bar. */
    private static final DurableSubscription BAR_WATCH = DurableSubscription.of(Addresses.BARISTA_EVENTS,
            "test.bar-watch");

    @TempDir
    Path dataDir;
    private PlatformFixture fixture;

    @BeforeEach
    void start() {
        fixture = new PlatformFixture(dataDir);
        fixture.broker.declare(WATCH);
        fixture.broker.declare(BAR_WATCH);
        fixture.platform.open();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    record Counted(String name, int by) {
    }

    @Test
    void anEventCommittedWithTheStateIsPublishedOnceWithItsEventIdAsDuplicateId() throws Exception {
        fixture.database.transactions().run(() -> {
            fixture.count("espresso");
            fixture.database.outbox().append(new OutboundEvent(Addresses.PAYMENT_EVENTS, "Counted", "order-1",
                    new Counted("espresso", 1)));
        });

        try (TestTerminal admin = fixture.admin();
             MessageConsumer watch = admin.consume(WATCH.fullyQualifiedName())) {
            TextMessage event = (TextMessage) watch.receive(5_000);
            assertThat(event).isNotNull();
            assertThat(event.getStringProperty(Headers.TYPE)).isEqualTo("Counted");
            assertThat(event.getStringProperty(Headers.ORDER_ID)).isEqualTo("order-1");
            assertThat(event.getIntProperty(Headers.SCHEMA_VERSION)).isEqualTo(Headers.CURRENT_SCHEMA_VERSION);
            assertThat(event.getStringProperty(Headers.OCCURRED_AT)).isNotBlank();
            String eventId = event.getStringProperty(Headers.EVENT_ID);
            assertThat(event.getStringProperty("_AMQ_DUPL_ID")).isEqualTo(eventId);
            assertThat(admin.json().readValue(event.getText(), Counted.class)).isEqualTo(new Counted("espresso", 1));

            // a relay that died before marking the row would send the same event again: the broker drops it
            admin.publish(Addresses.PAYMENT_EVENTS, event.getText(), Map.of(Headers.TYPE, "Counted",
                    Headers.EVENT_ID, eventId, "_AMQ_DUPL_ID", eventId));
            admin.publish(Addresses.PAYMENT_EVENTS, "{}", Map.of(Headers.TYPE, "Marker"));
            Message next = watch.receive(5_000);
            assertThat(next.getStringProperty(Headers.TYPE)).isEqualTo("Marker");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.database.transactions()
                .inTransaction(() -> fixture.database.outboxStore().pendingCount()) == 0);
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() throws Exception {
        try {
            fixture.database.transactions().run(() -> {
                fixture.database.outbox().append(new OutboundEvent(Addresses.PAYMENT_EVENTS, "Counted", "order-2",
                        new Counted("latte", 1)));
                throw new IllegalStateException("the use case changed its mind");
            });
        } catch (IllegalStateException expected) {
            // the transaction is gone, and its event with it
        }
        fixture.database.transactions().run(() -> fixture.database.outbox().append(
                new OutboundEvent(Addresses.PAYMENT_EVENTS, "Marker", null, Map.of())));

        try (TestTerminal admin = fixture.admin();
             MessageConsumer watch = admin.consume(WATCH.fullyQualifiedName())) {
            assertThat(watch.receive(5_000).getStringProperty(Headers.TYPE)).isEqualTo("Marker");
        }
        assertThat(fixture.tally("latte")).isZero();
    }

    @Test
    void aRowLeftUnsentWithoutAWakeUpIsPublishedByTheSweep() throws Exception {
        insertUnsentRows(Addresses.PAYMENT_EVENTS, "left-over-1");

        try (TestTerminal admin = fixture.admin();
             MessageConsumer watch = admin.consume(WATCH.fullyQualifiedName())) {
            Message event = watch.receive(5_000);
            assertThat(event).as("the left-over row, published by the sweep").isNotNull();
            assertThat(event.getStringProperty(Headers.EVENT_ID)).isEqualTo("left-over-1");
            assertThat(event.getStringProperty(Headers.ORDER_ID)).isEqualTo("order-3");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.database.transactions()
                .inTransaction(() -> fixture.database.outboxStore().pendingCount()) == 0);
    }

    @Test
    void aBatchHoldingAnEventTheBrokerAlreadyHasIsPublishedWithoutACopyAndMarked() throws Exception {
        try (TestTerminal admin = fixture.admin();
             MessageConsumer watch = admin.consume(WATCH.fullyQualifiedName())) {
            // a relay that sent this event died before marking its row
            admin.publish(Addresses.PAYMENT_EVENTS, "{}", Map.of(Headers.TYPE, "Counted", Headers.EVENT_ID, "sent-1",
                    Headers.ORDER_ID, "order-3", "_AMQ_DUPL_ID", "sent-1"));
            insertUnsentRows(Addresses.PAYMENT_EVENTS, "sent-1", "fresh-2", "fresh-3");

            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("sent-1");
            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("fresh-2");
            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("fresh-3");
            admin.publish(Addresses.PAYMENT_EVENTS, "{}", Map.of(Headers.TYPE, "Marker"));
            assertThat(watch.receive(5_000).getStringProperty(Headers.TYPE)).as("no copy of sent-1").isEqualTo("Marker");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.database.transactions()
                .inTransaction(() -> fixture.database.outboxStore().pendingCount()) == 0);
    }

    @Test
    void aRowWaitingToBeTriedAgainHoldsBackTheLaterEventsOfItsOrderAlone() throws Exception {
        long now = System.currentTimeMillis();
        // the broker refused "paid-1" a moment ago: its next attempt is in two seconds
        insertUnsentRow(Addresses.PAYMENT_EVENTS, "paid-1", "order-3", 1, now + 2_000);
        insertUnsentRow(Addresses.PAYMENT_EVENTS, "cancelled-2", "order-3", 0, now);
        insertUnsentRow(Addresses.PAYMENT_EVENTS, "paid-3", "order-4", 0, now);

        try (TestTerminal admin = fixture.admin();
             MessageConsumer watch = admin.consume(WATCH.fullyQualifiedName())) {
            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID)).as("another order's event goes on")
                    .isEqualTo("paid-3");
            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("paid-1");
            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID))
                    .as("written after paid-1 for the same order, it never overtakes it").isEqualTo("cancelled-2");
        }
    }

    @Test
    void manyEventsGoOutInTheOrderTheyWereWritten() throws Exception {
        for (int i = 0; i < 450; i++) {
            int n = i;
            fixture.database.transactions().run(() -> fixture.database.outbox().append(
                    new OutboundEvent(Addresses.PAYMENT_EVENTS, "Counted", "order-" + (n % 7), new Counted("n", n))));
        }

        try (TestTerminal admin = fixture.admin();
             MessageConsumer watch = admin.consume(WATCH.fullyQualifiedName())) {
            for (int i = 0; i < 450; i++) {
                TextMessage event = (TextMessage) watch.receive(5_000);
                assertThat(admin.json().readValue(event.getText(), Counted.class).by()).isEqualTo(i);
                assertThat(event.getStringProperty("JMSXGroupID")).isEqualTo("order-" + (i % 7));
            }
        }
        assertThat(fixture.query("select count(*) from outbox where published = 1 and published_at > 0")).isEqualTo(450);
    }

    @Test
    void aBarEventReachesTheConsolesFeedAtOnceAndTheServicesDurably() throws Exception {
        try (TestTerminal admin = fixture.admin();
             MessageConsumer feed = admin.listen(Addresses.BARISTA_FEED);
             MessageConsumer services = admin.consume(BAR_WATCH.fullyQualifiedName())) {
            fixture.database.transactions().run(() -> fixture.database.outbox().append(
                    new OutboundEvent(Addresses.BARISTA_EVENTS, "TicketStarted", "order-4", new Counted("latte", 1))));

            Message live = feed.receive(5_000);
            assertThat(live.getStringProperty(Headers.TYPE)).isEqualTo("TicketStarted");
            assertThat(live.getStringProperty(Headers.ORDER_ID)).isEqualTo("order-4");
            assertThat(live.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
            assertThat(live.propertyExists("_AMQ_DUPL_ID")).as("no duplicate id for the journal to keep").isFalse();
            Message kept = services.receive(5_000);
            assertThat(kept.getStringProperty(Headers.EVENT_ID)).isEqualTo(live.getStringProperty(Headers.EVENT_ID));
            assertThat(kept.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        }
    }

    @Test
    void aBarBatchSentAgainReachesTheConsolesFeedOnce() throws Exception {
        try (TestTerminal admin = fixture.admin();
             MessageConsumer feed = admin.listen(Addresses.BARISTA_FEED)) {
            // a relay that sent this event died before marking its row
            admin.publish(Addresses.BARISTA_EVENTS, "{}", Map.of(Headers.TYPE, "Counted", Headers.EVENT_ID, "sent-1",
                    "_AMQ_DUPL_ID", "sent-1"));
            insertUnsentRows(Addresses.BARISTA_EVENTS, "sent-1", "fresh-2", "fresh-3");

            assertThat(feed.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("sent-1");
            assertThat(feed.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("fresh-2");
            assertThat(feed.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("fresh-3");
            await().atMost(Duration.ofSeconds(5)).until(() -> fixture.database.transactions()
                    .inTransaction(() -> fixture.database.outboxStore().pendingCount()) == 0);
            admin.publish(Addresses.BARISTA_FEED, "{}", Map.of(Headers.TYPE, "Marker"));
            assertThat(feed.receive(5_000).getStringProperty(Headers.TYPE)).as("no second copy").isEqualTo("Marker");
        }
    }

    @Test
    void theKiosksAndDisplaysEventsGoOutLiveOnceAndAreMarkedPublished() throws Exception {
        for (String address : List.of(Addresses.ORDER_EVENTS, Addresses.BOARD_EVENTS)) {
            try (TestTerminal admin = fixture.admin();
                 MessageConsumer terminals = admin.listen(address)) {
                fixture.database.transactions().run(() -> fixture.database.outbox().append(
                        new OutboundEvent(address, "Moved", "order-5", new Counted(address, 1))));

                Message live = terminals.receive(5_000);
                assertThat(live.getStringProperty(Headers.ORDER_ID)).as(address).isEqualTo("order-5");
                assertThat(live.getJMSDeliveryMode()).as(address).isEqualTo(DeliveryMode.NON_PERSISTENT);
                await().atMost(Duration.ofSeconds(5)).until(() -> fixture.database.transactions()
                        .inTransaction(() -> fixture.database.outboxStore().pendingCount()) == 0);
                admin.publish(address, "{}", Map.of(Headers.TYPE, "Marker"));
                assertThat(terminals.receive(5_000).getStringProperty(Headers.TYPE)).as(address).isEqualTo("Marker");
            }
        }
    }

    /** Rows as a relay that died before publishing them leaves them, all due now. */
    private void insertUnsentRows(String address, String... eventIds) throws Exception {
        long now = System.currentTimeMillis();
        for (String eventId : eventIds) {
            insertUnsentRow(address, eventId, "order-3", 0, now);
        }
    }

    /** One unpublished row, tried {@code attempts} times so far and next due at {@code nextAttemptAt}. */
    private void insertUnsentRow(String address, String eventId, String orderId, int attempts, long nextAttemptAt)
            throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("platformtest.db"));
             var insert = connection.prepareStatement("insert into outbox (event_id, address, type, order_id, body,"
                     + " occurred_at, attempts, next_attempt_at) values (?, ?, 'Counted', ?, '{}', ?, ?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, address);
            insert.setString(3, orderId);
            insert.setLong(4, System.currentTimeMillis());
            insert.setInt(5, attempts);
            insert.setLong(6, nextAttemptAt);
            insert.executeUpdate();
        }
    }
}
