package cafe.core.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.contract.wire.MessageTypes;
import cafe.core.platform.FreePort;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A context's queue takes only the types it routes, also where an older release declared it unfiltered. */
class SubscriptionFilterTest {

    @TempDir
    Path dataDir;
    private EmbeddedBroker broker;

    @BeforeEach
    void start() {
        broker = EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find()));
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void orderingsQueueKeepsOutTheBarsNewsItDoesNotMirrorEvenWhereAnOlderReleaseMadeItUnfiltered()
            throws Exception {
        DurableSubscription ordering = Topology.ORDERING_BARISTA_EVENTS;
        broker.declare(DurableSubscription.of(ordering.address(), ordering.queue()));
        broker.declare(ordering);
        broker.declare(Topology.NOTIFICATION_BARISTA_EVENTS);

        publish(MessageTypes.TICKET_QUEUED, MessageTypes.TICKET_STARTED, MessageTypes.TICKET_ITEM_CHECKED,
                MessageTypes.TICKET_READY, MessageTypes.TICKET_CANCELLED);

        assertThat(broker.depth(ordering.queue())).as("queued, started, ready").isEqualTo(3);
        assertThat(broker.depth(Topology.NOTIFICATION_BARISTA_EVENTS.queue()))
                .as("the board's queue takes all: the next news puts back a number a power cut moved").isEqualTo(5);
    }

    /** The bar's events of these types, as its relay sends them: durable, in one broker transaction. */
    private void publish(String... types) throws Exception {
        try (Connection services = broker.openServiceConnection();
             Session session = services.createSession(true, Session.SESSION_TRANSACTED)) {
            MessageProducer producer = session.createProducer(session.createTopic(Addresses.BARISTA_EVENTS));
            for (String type : types) {
                TextMessage message = session.createTextMessage("{}");
                message.setStringProperty(Headers.TYPE, type);
                producer.send(message);
            }
            session.commit();
        }
    }
}
