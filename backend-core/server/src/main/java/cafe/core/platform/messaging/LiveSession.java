package cafe.core.platform.messaging;

import cafe.core.platform.persistence.OutboxRecord;
import jakarta.jms.JMSException;

/**
 * Where one context's live copies leave ({@link LiveCopies}): sends that do not wait for the broker,
 * and a question that does, which tells whether every copy sent before it reached the broker. Used
 * by one thread at a time.
 */
interface LiveSession extends AutoCloseable {

    /** Sends the copy of a row to the address terminals follow it on, without waiting for the broker. */
    void send(OutboxRecord row) throws JMSException;

    /** @throws IllegalStateException if the broker did not answer, or a copy went missing since the last question */
    void confirm();

    /** Whether a copy went missing since the last question (heard of without asking). */
    boolean lostSome();

    /** After a failure: a fresh start for what follows. */
    void renew();

    @Override
    void close() throws JMSException;
}
