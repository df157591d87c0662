package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import cafe.core.shared.Transactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Message;
import java.time.Duration;
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
 * have. A live copy that fails, or never comes, is only late: the durable copy applies it. After a
 * failure (a full disk) live copies are dropped for a while, 1 s doubling to 30 s, so a database
 * that cannot write is not asked again at every event; the durable subscription waits for it.
 */
final class LiveFollower implements EventBatches.Delivery {

    private static final Logger log = LoggerFactory.getLogger(LiveFollower.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final String address;
    private final EventRoutes routes;
    private final Transactions transactions;
    private final ObjectMapper json;
    /** Zero while live copies apply; after failures, how long the next one drops them. */
    private Duration pause = Duration.ZERO;
    private long droppingUntil;

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
        if (!pause.isZero() && System.nanoTime() - droppingUntil < 0) {
            return true;
        }
        List<Envelope> envelopes = new ArrayList<>(messages.size());
        try {
            Envelope.readEach(messages, envelopes);
            transactions.run(() -> envelopes.forEach(this::apply));
        } catch (Exception | Error e) {
            // an Error too (a class gone after an upgrade replaced the jars): the follower's thread lives on
            failed(envelopes, e);
            return false;
        }
        if (!pause.isZero()) {
            pause = Duration.ZERO;
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

    private void failed(List<Envelope> envelopes, Throwable e) {
        boolean first = pause.isZero();
        pause = first ? FIRST_PAUSE : min(pause.multipliedBy(2), LONGEST_PAUSE);
        droppingUntil = System.nanoTime() + pause.toNanos();
        List<String> orderIds = envelopes.stream().map(Envelope::orderId).toList();
        if (first) {
            log.warn("live copies on {} not applied (orderIds {}); their durable copies will be, and live ones are"
                    + " dropped for {} ms after each failure, up to {} s: {}", address, orderIds, pause.toMillis(),
                    LONGEST_PAUSE.toSeconds(), e.toString());
        } else {
            log.debug("live copies on {} not applied again (orderIds {}): {}", address, orderIds, e.toString());
        }
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }
}
