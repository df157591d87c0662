package cafe.core.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay is woken by the commit itself: an event does not wait for the next sweep. */
class OutboxRelayWakeUpTest {

    private static final DurableSubscription WATCH = DurableSubscription.of(Addresses.PAYMENT_EVENTS, "test.watch");
    private static final Duration NO_SWEEP_WITHIN_THE_TEST = Duration.ofHours(1);

    @TempDir
    Path dataDir;

    @Test
    void anEventIsRelayedRightAfterItsCommitWithoutASweep() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find()));
        broker.declare(WATCH);
        ServiceDatabase database = ServiceDatabase.open(dataDir, "platformtest", List.of(), Json.newMapper(),
                Clock.systemUTC());
        Connection connection = broker.openServiceConnection();
        OutboxRelay relay = new OutboxRelay(database, connection, broker.openConfirmingConnection(), Clock.systemUTC(),
                NO_SWEEP_WITHIN_THE_TEST);
        try (TestTerminal admin = TestTerminal.connect(broker.localTerminalUrl(), Role.ADMIN.user(),
                broker.password(Role.ADMIN));
             MessageConsumer watch = admin.consume(WATCH.fullyQualifiedName())) {
            relay.start();
            commit(database, "first");
            // the sweep at start has run by now; the next is an hour away
            assertThat(typeOf(watch.receive(5_000))).isEqualTo("first");

            commit(database, "second");

            assertThat(typeOf(watch.receive(5_000))).isEqualTo("second");
        } finally {
            relay.close();
            connection.close();
            database.close();
            broker.close();
        }
    }

    @Test
    void aCommitAfterTheRelayStoppedIsStoredAndLeftOwedForTheNextStart() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find()));
        ServiceDatabase database = ServiceDatabase.open(dataDir, "platformtest", List.of(), Json.newMapper(),
                Clock.systemUTC());
        Connection connection = broker.openServiceConnection();
        OutboxRelay relay = new OutboxRelay(database, connection, broker.openConfirmingConnection(), Clock.systemUTC(),
                NO_SWEEP_WITHIN_THE_TEST);
        try {
            relay.start();
            relay.close();

            commit(database, "late");

            assertThat(relay.drained()).as("the late event still owed").isFalse();
        } finally {
            connection.close();
            database.close();
            broker.close();
        }
    }

    private static void commit(ServiceDatabase database, String type) {
        database.transactions().run(() -> database.outbox().append(
                new OutboundEvent(Addresses.PAYMENT_EVENTS, type, null, Map.of())));
    }

    private static String typeOf(Message message) throws Exception {
        assertThat(message).as("an event within 5 s").isNotNull();
        return message.getStringProperty(Headers.TYPE);
    }
}
