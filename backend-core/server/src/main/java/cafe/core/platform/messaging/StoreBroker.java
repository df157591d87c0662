package cafe.core.platform.messaging;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

/**
 * The broker the services work through: embedded in the StoreServer ({@link EmbeddedBroker}, one
 * store on one PC) or run by others ({@link ExternalBroker}, e.g. a primary/backup pair). The
 * services connect as their own user, declare the queues they consume and read a queue's depth.
 */
public interface StoreBroker extends AutoCloseable {

    /** A started connection as the services user. */
    Connection openServiceConnection() throws JMSException;

    /**
     * A started connection for {@code consumers} listeners that may each wait on something slow (the
     * card network): they run on threads of its own, so they never hold the client threads every other
     * session shares, and no consumer takes a message before it is free for it.
     */
    Connection openServiceConnection(int consumers) throws JMSException;

    /**
     * A started connection as the services user whose every send the broker answers, without the
     * sender waiting for it (a confirmation window): a refused send is heard of, on the session's
     * send-acknowledgement handler.
     */
    Connection openConfirmingConnection() throws JMSException;

    /** Creates the multicast address and the durable queue on it, if they do not exist yet. */
    void declare(DurableSubscription subscription);

    /** Creates an anycast command or query queue (address and queue of the same name), if absent. */
    void declareCommandQueue(String queue);

    /** Messages waiting in a queue (for health checks and tests); 0 if the queue does not exist. */
    long depth(String queue);

    /**
     * Rewrites the message journal with only its live records, where the store owns the journal;
     * an external broker's journal is its operators' to keep.
     */
    void compactJournal();

    @Override
    void close();
}
