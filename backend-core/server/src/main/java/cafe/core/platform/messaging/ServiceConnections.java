package cafe.core.platform.messaging;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** The services' JMS connections, tuned the same way whichever broker they reach. */
final class ServiceConnections {

    record Credentials(String user, String password) {
    }

    private ServiceConnections() {
    }

    static Connection open(ActiveMQConnectionFactory factory, Credentials credentials) throws JMSException {
        Connection connection = factory.createConnection(credentials.user(), credentials.password());
        connection.start();
        return connection;
    }

    /** Listeners that wait on something slow run on the connection's own threads and take one message at a time. */
    static Connection forSlowConsumers(ActiveMQConnectionFactory factory, int consumers, Credentials credentials)
            throws JMSException {
        factory.setUseGlobalPools(false);
        factory.setThreadPoolMaxSize(consumers + 1);
        factory.setConsumerWindowSize(0);
        return open(factory, credentials);
    }
}
