package cafe.core.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.core.platform.FreePort;
import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store upgraded from a version whose barista queue listened on the order events (before OrderPaid
 * moved to the service events): at the new version's start the queue listens where OrderPaid now comes,
 * and an OrderPaid it had not read yet is still there for the barista.
 */
class QueueMoveTest {

    private static final DurableSubscription OLD_BARISTA_QUEUE = new DurableSubscription(
            Addresses.ORDER_EVENTS, "barista.order-events", "type IN ('OrderPaid','OrderCancelled')");

    @TempDir
    Path dataDir;

    @Test
    void aQueueOnItsOldAddressMovesWithWhatItHadNotRead() throws Exception {
        BrokerSettings settings = new BrokerSettings(dataDir, "127.0.0.1", FreePort.find());
        try (EmbeddedBroker before = EmbeddedBroker.start(settings)) {
            before.declare(OLD_BARISTA_QUEUE);
            send(before, Addresses.ORDER_EVENTS, "OrderPaid");
            await().atMost(Duration.ofSeconds(10)).until(() -> before.depth("barista.order-events") == 1);
        }

        try (EmbeddedBroker after = EmbeddedBroker.start(settings)) {
            after.declare(Topology.BARISTA_ORDER_EVENTS);

            await().atMost(Duration.ofSeconds(10)).until(() -> after.depth("barista.order-events") == 1);
            send(after, Addresses.ORDER_SERVICE_EVENTS, "OrderPaid");
            await().atMost(Duration.ofSeconds(10)).until(() -> after.depth("barista.order-events") == 2);
            send(after, Addresses.ORDER_EVENTS, "OrderPaid");
            send(after, Addresses.ORDER_SERVICE_EVENTS, "OrderPaid");
            await().atMost(Duration.ofSeconds(10)).until(() -> after.depth("barista.order-events") >= 3);
            assertThat(after.depth("barista.order-events")).as("nothing from the order events any more").isEqualTo(3);
        }
    }

    @Test
    void messagesHeldWhenAStopCameMidMoveReachTheQueueAtTheNextStart() throws Exception {
        BrokerSettings settings = new BrokerSettings(dataDir, "127.0.0.1", FreePort.find());
        String holding = OLD_BARISTA_QUEUE.queue() + ".moving";
        try (EmbeddedBroker stopped = EmbeddedBroker.start(settings)) {
            stopped.declareCommandQueue(holding);
            send(stopped, holding, "OrderPaid", Session::createQueue);
            await().atMost(Duration.ofSeconds(10)).until(() -> stopped.depth(holding) == 1);
        }

        try (EmbeddedBroker restarted = EmbeddedBroker.start(settings)) {
            restarted.declare(Topology.BARISTA_ORDER_EVENTS);

            await().atMost(Duration.ofSeconds(10)).until(() -> restarted.depth("barista.order-events") == 1);
            assertThat(restarted.depth(holding)).isZero();
        }
    }

    private static void send(EmbeddedBroker broker, String address, String type) throws Exception {
        send(broker, address, type, Session::createTopic);
    }

    private static void send(EmbeddedBroker broker, String address, String type, Destinations destinations)
            throws Exception {
        try (Connection connection = broker.openServiceConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(destinations.named(session, address))) {
            Message message = session.createTextMessage("{}");
            message.setStringProperty("type", type);
            producer.send(message);
        }
    }

    private interface Destinations {
        Destination named(Session session, String name) throws JMSException;
    }
}
