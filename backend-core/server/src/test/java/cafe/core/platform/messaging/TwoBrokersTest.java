package cafe.core.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.core.platform.FreePort;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stores' brokers in one process, as a test's store and a second store of its own (the kiosk's
 * screenshots stop one to show the kiosk offline): stopping one leaves the other's services talking.
 */
class TwoBrokersTest {

    private static final String QUEUE = "test.still-serving";
    private static final long PATIENCE_MILLIS = 10_000;

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void stoppingOneBrokerLeavesTheOthersServiceConnectionsWorking() throws Exception {
        try (EmbeddedBroker staying = EmbeddedBroker.start(new BrokerSettings(first, "127.0.0.1", FreePort.find()));
             Connection services = staying.openServiceConnection()) {
            staying.declareCommandQueue(QUEUE);
            Session session = services.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue(QUEUE);
            MessageConsumer consumer = session.createConsumer(queue);
            services.start();

            EmbeddedBroker.start(new BrokerSettings(second, "127.0.0.1", FreePort.find())).close();

            session.createProducer(queue).send(session.createTextMessage("still here"));
            TextMessage received = (TextMessage) consumer.receive(PATIENCE_MILLIS);
            assertThat(received).as("a message through the broker that stayed").isNotNull();
            assertThat(received.getText()).isEqualTo("still here");
        }
    }
}
