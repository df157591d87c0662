package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * Sends a kept letter back to the one queue it failed on (Artemis's {@code address::queue}), with
 * the type, eventId and orderId it first carried, so that service's idempotent subscriber applies it
 * at most once. {@code duplicateId} makes the broker drop a second send of the same return.
 */
public final class LetterReturns {

    private final Session session;
    private final MessageProducer producer;

    /** On a connection of its own: a session may not be closed from another's message listener. */
    LetterReturns(Connection connection) throws JMSException {
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.producer = session.createProducer(null);
    }

    /** Returns once the broker has stored the letter on its queue; throws if it could not. */
    public synchronized void sendBack(Letter letter, String duplicateId) {
        if (letter.originalAddress() == null || letter.originalQueue() == null || letter.body() == null) {
            throw new IllegalArgumentException("a letter without its address, queue or body cannot go back");
        }
        try {
            TextMessage message = session.createTextMessage(letter.body());
            message.setStringProperty(Headers.TYPE, letter.type());
            message.setIntProperty(Headers.SCHEMA_VERSION, Headers.CURRENT_SCHEMA_VERSION);
            if (letter.eventId() != null) {
                message.setStringProperty(Headers.EVENT_ID, letter.eventId());
            }
            if (letter.orderId() != null) {
                message.setStringProperty(Headers.ORDER_ID, letter.orderId());
                message.setStringProperty(Envelope.GROUP_ID, letter.orderId());
            }
            message.setStringProperty(Envelope.DUPLICATE_ID, duplicateId);
            // a multicast address's queue, named fully: only that one subscriber gets it again
            producer.send(session.createTopic(letter.originalAddress() + "::" + letter.originalQueue()), message);
        } catch (JMSException e) {
            throw new IllegalStateException("the broker did not take the letter back to " + letter.originalQueue(), e);
        }
    }
}
