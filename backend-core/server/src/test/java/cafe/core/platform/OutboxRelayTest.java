package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.core.platform.messaging.DurableSubscription;
import cafe.core.shared.OutboundEvent;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxRelayTest {

    private static final DurableSubscription WATCH = DurableSubscription.of(Addresses.ORDER_EVENTS, "test.watch");

    @TempDir
    Path dataDir;
    private PlatformFixture fixture;

    @BeforeEach
    void start() {
        fixture = new PlatformFixture(dataDir);
        fixture.broker.declare(WATCH);
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
            fixture.database.outbox().append(new OutboundEvent(Addresses.ORDER_EVENTS, "Counted", "order-1",
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
            admin.publish(Addresses.ORDER_EVENTS, event.getText(), Map.of(Headers.TYPE, "Counted",
                    Headers.EVENT_ID, eventId, "_AMQ_DUPL_ID", eventId));
            admin.publish(Addresses.ORDER_EVENTS, "{}", Map.of(Headers.TYPE, "Marker"));
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
                fixture.database.outbox().append(new OutboundEvent(Addresses.ORDER_EVENTS, "Counted", "order-2",
                        new Counted("latte", 1)));
                throw new IllegalStateException("the use case changed its mind");
            });
        } catch (IllegalStateException expected) {
            // the transaction is gone, and its event with it
        }
        fixture.database.transactions().run(() -> fixture.database.outbox().append(
                new OutboundEvent(Addresses.ORDER_EVENTS, "Marker", null, Map.of())));

        try (TestTerminal admin = fixture.admin();
             MessageConsumer watch = admin.consume(WATCH.fullyQualifiedName())) {
            assertThat(watch.receive(5_000).getStringProperty(Headers.TYPE)).isEqualTo("Marker");
        }
        assertThat(fixture.tally("latte")).isZero();
    }

    @Test
    void aRowLeftUnsentWithoutAWakeUpIsPublishedByTheSweep() throws Exception {
        insertUnsentRows("left-over-1");

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
            admin.publish(Addresses.ORDER_EVENTS, "{}", Map.of(Headers.TYPE, "Counted", Headers.EVENT_ID, "sent-1",
                    Headers.ORDER_ID, "order-3", "_AMQ_DUPL_ID", "sent-1"));
            insertUnsentRows("sent-1", "fresh-2", "fresh-3");

            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("sent-1");
            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("fresh-2");
            assertThat(watch.receive(5_000).getStringProperty(Headers.EVENT_ID)).isEqualTo("fresh-3");
            admin.publish(Addresses.ORDER_EVENTS, "{}", Map.of(Headers.TYPE, "Marker"));
            assertThat(watch.receive(5_000).getStringProperty(Headers.TYPE)).as("no copy of sent-1").isEqualTo("Marker");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.database.transactions()
                .inTransaction(() -> fixture.database.outboxStore().pendingCount()) == 0);
    }

    @Test
    void manyEventsGoOutInTheOrderTheyWereWritten() throws Exception {
        for (int i = 0; i < 450; i++) {
            int n = i;
            fixture.database.transactions().run(() -> fixture.database.outbox().append(
                    new OutboundEvent(Addresses.ORDER_EVENTS, "Counted", "order-" + (n % 7), new Counted("n", n))));
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

    /** Rows as a relay that died before publishing them leaves them, all due now. */
    private void insertUnsentRows(String... eventIds) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("platformtest.db"));
             var insert = connection.prepareStatement("insert into outbox (event_id, address, type, order_id, body,"
                     + " occurred_at, next_attempt_at) values (?, ?, 'Counted', 'order-3', '{}', ?, ?)")) {
            connection.setAutoCommit(false);
            long now = System.currentTimeMillis();
            for (String eventId : eventIds) {
                insert.setString(1, eventId);
                insert.setString(2, Addresses.ORDER_EVENTS);
                insert.setLong(3, now);
                insert.setLong(4, now);
                insert.executeUpdate();
            }
            connection.commit();
        }
    }
}
