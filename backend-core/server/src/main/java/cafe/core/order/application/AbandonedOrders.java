package cafe.core.order.application;

import cafe.contract.wire.Headers;
import cafe.core.order.domain.Order;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Closes declined orders whose kiosk never came back: a kiosk that dies or loses its link after a
 * decline cannot cancel its order, which would otherwise stay open for ever. Nothing was charged,
 * so nothing is refunded; the cancellation is told like any other.
 */
public final class AbandonedOrders {

    private static final Logger log = LoggerFactory.getLogger(AbandonedOrders.class);
    private static final int BATCH = 50;
    private static final String REASON = "nobody came back to pay after the card was declined";

    private final Orders orders;
    private final OrderEvents events;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration leftFor;

    public AbandonedOrders(Orders orders, EventOutbox outbox, Transactions transactions, Clock clock,
                           Duration leftFor) {
        this.orders = orders;
        this.events = new OrderEvents(outbox);
        this.transactions = transactions;
        this.clock = clock;
        this.leftFor = leftFor;
    }

    /** Closes the declined orders nobody touched for the time given; returns how many. */
    public int close() {
        return transactions.inTransaction(() -> {
            var abandoned = orders.declinedAndLeftSince(clock.instant().minus(leftFor), BATCH);
            for (Order order : abandoned) {
                try (var orderId = MDC.putCloseable(Headers.ORDER_ID, order.id())) {
                    close(order);
                }
            }
            return abandoned.size();
        });
    }

    private void close(Order order) {
        order.closeAsAbandoned();
        orders.update(order);
        events.cancelled(order, false, 0, REASON);
        events.updated(order, REASON);
        log.info("order {} #{} closed: declined and left for more than {} min", order.id(), order.number(),
                leftFor.toMinutes());
    }
}
