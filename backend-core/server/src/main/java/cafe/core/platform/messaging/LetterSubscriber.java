package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.shared.StorageUnavailable;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Hands every message on the dead-letter or expiry address to its handler, whatever its type, in
 * the handler's database transaction, then acknowledges it. A letter that cannot be handled is
 * logged with all it carries and acknowledged anyway: sent back, it would only come round again.
 * One that waits for a full disk when the services stop is left for the next start.
 */
final class LetterSubscriber implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(LetterSubscriber.class);
    private static final String ORIGINAL_QUEUE = org.apache.activemq.artemis.api.core.Message.HDR_ORIGINAL_QUEUE
            .toString();
    private static final String ORIGINAL_ADDRESS = org.apache.activemq.artemis.api.core.Message.HDR_ORIGINAL_ADDRESS
            .toString();

    private final DurableSubscription subscription;
    private final ServiceDatabase database;
    private final Consumer<Letter> handler;
    private final Session session;
    private final StorageRetry storage;

    LetterSubscriber(DurableSubscription subscription, ServiceDatabase database, Consumer<Letter> handler,
                     Session session, StorageRetry storage) {
        this.subscription = subscription;
        this.database = database;
        this.handler = handler;
        this.session = session;
        this.storage = storage;
    }

    @Override
    public void onMessage(Message message) {
        Letter letter = null;
        try {
            letter = read(message);
            MDC.put(Headers.ORDER_ID, letter.orderId());
            Letter received = letter;
            storage.untilStored(subscription.queue(), () -> {
                database.transactions().run(() -> handler.accept(received));
                return null;
            });
            storage.untilStored(subscription.queue(), () -> {
                database.makeDurable();
                return null;
            });
            end(true);
        } catch (StorageUnavailable e) {
            end(false);
        } catch (Exception e) {
            log.error("a letter on {} could not be kept and is dropped: {}", subscription.queue(), letter, e);
            end(true);
        } finally {
            MDC.remove(Headers.ORDER_ID);
        }
    }

    private static Letter read(Message message) throws JMSException {
        return new Letter(message.getJMSMessageID(), message.getStringProperty(ORIGINAL_ADDRESS),
                message.getStringProperty(ORIGINAL_QUEUE),
                message.getStringProperty(Headers.TYPE), message.getStringProperty(Headers.EVENT_ID),
                message.getStringProperty(Headers.ORDER_ID),
                message instanceof TextMessage text ? text.getText() : null);
    }

    private void end(boolean acknowledge) {
        try {
            if (acknowledge) {
                session.commit();
            } else {
                session.rollback();
            }
        } catch (JMSException e) {
            log.error("cannot end a letter on {}; it comes again", subscription.queue(), e);
        }
    }
}
