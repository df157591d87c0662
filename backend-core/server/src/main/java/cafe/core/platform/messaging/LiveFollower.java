package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import cafe.core.shared.Transactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Applies the live copies of a context's events (non-persistent, sent at the event's commit) as
 * they come, a batch in one database transaction, for a service that shows people something sooner
 * than its durable subscription brings the same events. Nothing records what was applied: the
 * handlers must take the same event again, from the durable subscription, as news they already
 * have. A live copy that fails, or never comes, is only late: the durable copy applies it.
 */
final class LiveFollower implements EventBatches.Delivery {

    private static final Logger log = LoggerFactory.getLogger(LiveFollower.class);

    private final String address;
    private final EventRoutes routes;
    private final Transactions transactions;
    private final ObjectMapper json;
    /** True while batches fail: the first failure is a warning, the rest wait for the recovery's line. */
    private boolean failing;

    LiveFollower(String address, EventRoutes routes, Transactions transactions, ObjectMapper json) {
        if (routes.anyOwnTransactions()) {
            throw new IllegalArgumentException("live copies are applied in one transaction per batch");
        }
        this.address = address;
        this.routes = routes;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public boolean deliver(List<Message> messages) {
        List<Envelope> envelopes = new ArrayList<>(messages.size());
        try {
            Envelope.readEach(messages, envelopes);
            transactions.run(() -> envelopes.forEach(this::apply));
        } catch (JMSException | RuntimeException e) {
            failed(envelopes, e);
            return false;
        }
        if (failing) {
            failing = false;
            log.info("live copies on {} are applied again", address);
        }
        return true;
    }

    @SuppressWarnings("try") // the resource only scopes the orderId in the log lines
    private void apply(Envelope envelope) {
        try (var orderId = MDC.putCloseable(Headers.ORDER_ID, envelope.orderId())) {
            routes.route(envelope.type()).ifPresent(route -> route.apply(envelope.body(route.bodyType(), json)));
        }
    }

    private void failed(List<Envelope> envelopes, Exception e) {
        List<String> orderIds = envelopes.stream().map(Envelope::orderId).toList();
        if (failing) {
            log.debug("live copies on {} not applied (orderIds {}): {}", address, orderIds, e.toString());
        } else {
            failing = true;
            log.warn("live copies on {} not applied (orderIds {}); their durable copies will be: {}", address,
                    orderIds, e.toString());
        }
    }
}
