package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import cafe.core.platform.persistence.ServiceDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * An idempotent consumer of one durable subscription. In one database transaction it records each
 * eventId as processed (a duplicate is skipped) and applies the event; only once that commit is
 * durable (a power cut keeps it) does it commit the transacted JMS session, acknowledging the
 * messages. It takes one message as a listener, or a batch of them from {@link EventBatches}: a
 * batch shares one database transaction and one acknowledgement. A failure rolls both back and the
 * broker redelivers, three times in all, then dead-letters the message; a database that cannot
 * write (a full disk) is waited for instead ({@link StorageRetry}). A route with its own
 * transactions is applied outside one, one message at a time, and its eventId recorded after it.
 */
final class EventSubscriber implements MessageListener, EventBatches.Delivery {

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
        deliver(List.of(message));
    }

    /** Applies the messages in one transaction and acknowledges them; false if it rolled them back. */
    @Override
    public boolean deliver(List<Message> messages) {
        List<Envelope> envelopes = new ArrayList<>(messages.size());
        try {
            Envelope.readEach(messages, envelopes);
            List<String> outcomes = storage.untilStored(what(envelopes), () -> applyAll(envelopes));
            storage.untilStored(what(envelopes), () -> {
                database.makeDurable();
                return null;
            });
            session.commit();
            for (int i = 0; i < envelopes.size(); i++) {
                logOutcome(envelopes.get(i), outcomes.get(i));
            }
            return true;
        } catch (Exception | Error e) {
            // an Error too (a class gone after an upgrade replaced the jars): redelivered, the thread lives on
            logFailure(messages, envelopes, e);
            rollback();
            return false;
        }
    }

    private String what(List<Envelope> envelopes) {
        return (envelopes.size() == 1 ? envelopes.get(0).type() : envelopes.size() + " events")
                + " on " + subscription.queue();
    }

    /** One event takes no outer transaction: a route with its own transactions must not be held inside one. */
    private List<String> applyAll(List<Envelope> envelopes) {
        if (envelopes.size() == 1) {
            return List.of(applyForOrder(envelopes.get(0)));
        }
        return database.transactions().inTransaction(() -> envelopes.stream().map(this::applyForOrder).toList());
    }

    @SuppressWarnings("try") // the resource only scopes the orderId in the log lines
    private String applyForOrder(Envelope envelope) {
        try (var orderId = MDC.putCloseable(Headers.ORDER_ID, envelope.orderId())) {
            return apply(envelope);
        }
    }

    private String apply(Envelope envelope) {
        var route = routes.route(envelope.type()).orElse(null);
        if (route == null) {
            return "ignored";
        }
        Object body = envelope.body(route.bodyType(), json);
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

    /** An event applied is told by the service's own line; only one skipped is told here at INFO. */
    @SuppressWarnings("try") // the resource only scopes the orderId in the log lines
    private void logOutcome(Envelope envelope, String outcome) {
        try (var orderId = MDC.putCloseable(Headers.ORDER_ID, envelope.orderId())) {
            if (APPLIED.equals(outcome)) {
                log.debug("{} {} on {}: {}", envelope.type(), envelope.eventId(), subscription.queue(), outcome);
            } else {
                log.info("{} {} on {}: {}", envelope.type(), envelope.eventId(), subscription.queue(), outcome);
            }
        }
    }

    @SuppressWarnings("try") // the resource only scopes the orderId in the log lines
    private void logFailure(List<Message> messages, List<Envelope> envelopes, Throwable e) {
        if (messages.size() > 1) {
            log.info("a batch of {} events on {} failed (orderIds {}), rolled back to be applied one by one: {}",
                    messages.size(), subscription.queue(), envelopes.stream().map(Envelope::orderId).toList(),
                    e.toString());
            return;
        }
        Envelope envelope = envelopes.isEmpty() ? null : envelopes.get(0);
        try (var orderId = MDC.putCloseable(Headers.ORDER_ID, envelope == null ? null : envelope.orderId())) {
            log.warn("{} on {} failed (delivery {}), rolled back for redelivery",
                    envelope == null ? "message" : envelope.type(), subscription.queue(),
                    deliveryCount(messages.get(0)), e);
        }
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
