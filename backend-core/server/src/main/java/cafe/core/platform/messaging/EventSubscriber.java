package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import cafe.core.platform.persistence.ServiceDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * An idempotent consumer of one durable subscription. In one database transaction it records the
 * eventId as processed (a duplicate is skipped) and applies the event; only after that commit does
 * it commit the transacted JMS session, acknowledging the message. A failure rolls both back and
 * the broker redelivers, three times in all, then dead-letters the message; a database that cannot
 * write (a full disk) is waited for instead ({@link StorageRetry}). A route with its own
 * transactions is applied outside one, and its eventId recorded after it.
 */
final class EventSubscriber implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(EventSubscriber.class);
    private static final String APPLIED = "applied";

    private final DurableSubscription subscription;
    private final EventRoutes routes;
    private final ServiceDatabase database;
    private final ObjectMapper json;
    private final Session session;
    private final StorageRetry storage;

    EventSubscriber(DurableSubscription subscription, EventRoutes routes, ServiceDatabase database,
                    ObjectMapper json, Session session, StorageRetry storage) {
        this.subscription = subscription;
        this.routes = routes;
        this.database = database;
        this.json = json;
        this.session = session;
        this.storage = storage;
    }

    @Override
    public void onMessage(Message message) {
        Envelope envelope = null;
        try {
            envelope = Envelope.read(message);
            MDC.put(Headers.ORDER_ID, envelope.orderId());
            Envelope event = envelope;
            String outcome = storage.untilStored(event.type() + " on " + subscription.queue(), () -> apply(event));
            session.commit();
            logOutcome(envelope, outcome);
        } catch (Exception e) {
            log.warn("{} on {} failed (delivery {}), rolled back for redelivery",
                    envelope == null ? "message" : envelope.type(), subscription.queue(), deliveryCount(message), e);
            rollback();
        } finally {
            MDC.remove(Headers.ORDER_ID);
        }
    }

    /** An event applied is told by the service's own line; only one skipped is told here at INFO. */
    private void logOutcome(Envelope envelope, String outcome) {
        if (APPLIED.equals(outcome)) {
            log.debug("{} {} on {}: {}", envelope.type(), envelope.eventId(), subscription.queue(), outcome);
        } else {
            log.info("{} {} on {}: {}", envelope.type(), envelope.eventId(), subscription.queue(), outcome);
        }
    }

    private String apply(Envelope envelope) throws Exception {
        var route = routes.route(envelope.type()).orElse(null);
        if (route == null) {
            return "ignored";
        }
        if (envelope.body() == null) {
            throw new IllegalArgumentException("event without a JSON body");
        }
        Object body = json.readValue(envelope.body(), route.bodyType());
        return (route.ownTransactions() ? applyOutsideTransaction(route, body, envelope.eventId())
                : applyInTransaction(route, body, envelope.eventId())) ? APPLIED : "duplicate skipped";
    }

    private boolean applyInTransaction(EventRoutes.Route<?> route, Object body, String eventId) {
        return database.transactions().inTransaction(() -> {
            if (!database.processedMessages().markProcessed(subscription.queue(), eventId)) {
                return false;
            }
            route.apply(body);
            return true;
        });
    }

    /** The effect is idempotent by itself: the processed record only saves repeating it. */
    private boolean applyOutsideTransaction(EventRoutes.Route<?> route, Object body, String eventId) {
        if (database.transactions().inTransaction(
                () -> database.processedMessages().wasProcessed(subscription.queue(), eventId))) {
            return false;
        }
        route.apply(body);
        database.transactions().run(() -> database.processedMessages().markProcessed(subscription.queue(), eventId));
        return true;
    }

    private void rollback() {
        try {
            session.rollback();
        } catch (JMSException e) {
            log.error("cannot roll back the session of {}", subscription.queue(), e);
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | RuntimeException e) {
            return -1;
        }
    }
}
