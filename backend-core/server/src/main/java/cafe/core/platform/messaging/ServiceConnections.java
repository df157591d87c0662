package cafe.core.platform.messaging;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.api.core.client.FailoverEventType;
import org.apache.activemq.artemis.jms.client.ActiveMQConnection;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The services' JMS connections, tuned the same way whichever broker they reach. */
final class ServiceConnections {

    private static final Logger log = LoggerFactory.getLogger(ServiceConnections.class);
    /**
     * Any window makes the broker answer every send (a refusal included) without the sender waiting;
     * its size bounds what the client keeps to send again after a fail-over until the broker confirms it.
     */
    private static final int CONFIRMATION_WINDOW_BYTES = 256 * 1024;

    record Credentials(String user, String password) {
    }

    private ServiceConnections() {
    }

    static Connection open(ActiveMQConnectionFactory factory, Credentials credentials) throws JMSException {
        Connection connection = factory.createConnection(credentials.user(), credentials.password());
        ((ActiveMQConnection) connection).setFailoverListener(ServiceConnections::failover);
        connection.start();
        return connection;
    }

    /** Only a broker reached over the network fails over; the operators see each step. */
    private static void failover(FailoverEventType event) {
        switch (event) {
            case FAILURE_DETECTED -> log.warn("a services connection lost its broker; reconnecting or failing over");
            case FAILOVER_COMPLETED -> log.info("a services connection is back on the broker; its work resumes");
            case FAILOVER_FAILED -> log.error("a services connection could not reach any broker again");
        }
    }

    /** Sends the broker answers one by one (see {@link StoreBroker#openConfirmingConnection}). */
    static Connection confirmingSends(ActiveMQConnectionFactory factory, Credentials credentials) throws JMSException {
        factory.setConfirmationWindowSize(CONFIRMATION_WINDOW_BYTES);
        return open(factory, credentials);
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
