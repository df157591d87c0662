package cafe.core.order.application;

import cafe.contract.menu.Menu;
import cafe.contract.order.OrderStatus;
import cafe.core.events.PaymentApproved;
import cafe.core.events.PaymentDeclined;
import cafe.core.events.PaymentRefunded;
import cafe.core.events.TicketNews;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderLifecycle;
import cafe.core.shared.BusinessDays;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.Transactions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves orders on as the other contexts report: payment outcomes and the bar's ticket changes, and
 * keeps the menu replica fresh. Events that no longer fit an order (a late decline for an older
 * attempt, a ticket move the order already made) are logged and left alone, never retried.
 */
public final class OrderProgress {

    private static final Logger log = LoggerFactory.getLogger(OrderProgress.class);

    private final Orders orders;
    private final MenuReplica menu;
    private final BusinessDays calendar;
    private final OrderEvents events;
    private final Transactions transactions;

    public OrderProgress(Orders orders, MenuReplica menu, BusinessDays calendar, EventOutbox outbox,
                         Transactions transactions) {
        this.orders = orders;
        this.menu = menu;
        this.calendar = calendar;
        this.events = new OrderEvents(outbox);
        this.transactions = transactions;
    }

    public void paymentApproved(PaymentApproved approved) {
        transactions.run(() -> known(approved.orderId()).ifPresent(order -> {
            if (order.canMoveTo(OrderStatus.PAID)) {
                order.markPaid();
                orders.update(order);
                events.paid(order, calendar.clock().instant(), approved);
                events.updated(order, null);
                log.info("order {} #{} paid", order.id(), order.number());
            } else if (order.status() == OrderStatus.CANCELLED) {
                events.cancelled(order, true, approved.amountWon(), "cancelled before the payment completed");
                log.warn("order {} #{} was paid after it was cancelled: refund requested", order.id(), order.number());
            } else {
                log.info("order {} #{} is {}: approval already applied", order.id(), order.number(), order.status());
            }
        }));
    }

    public void paymentDeclined(PaymentDeclined declined) {
        transactions.run(() -> known(declined.orderId()).ifPresent(order -> {
            if (order.status() != OrderStatus.CREATED || declined.attempt() != order.paymentAttempt()) {
                log.info("order {} #{} is {} at attempt {}: decline of attempt {} ignored", order.id(),
                        order.number(), order.status(), order.paymentAttempt(), declined.attempt());
                return;
            }
            order.markPaymentFailed(declined.reasonCode());
            orders.update(order);
            events.updated(order, declined.reasonMessage());
            log.info("order {} #{} payment declined: {}", order.id(), order.number(), declined.reasonCode());
        }));
    }

    public void paymentRefunded(PaymentRefunded refunded) {
        log.info("order {} refunded {} won", refunded.orderId(), refunded.amountWon());
    }

    /**
     * The bar moved a ticket; the order follows it to the same status, which GetOrder answers. The
     * kiosks are not told (no OrderUpdated): they follow an order only until it is paid. News older
     * than the last followed (delivered again after a newer one overtook it) is ignored.
     */
    public void ticketMoved(TicketNews event) {
        TicketNews.Ticket ticket = event.ticket();
        OrderStatus target = OrderStatus.valueOf(ticket.status().name());
        transactions.run(() -> standing(ticket.orderId()).ifPresent(standing -> {
            OrderStatus status = standing.status();
            boolean versioned = standing.ticketVersion() > 0;
            if (versioned && ticket.version() <= standing.ticketVersion()) {
                log.info("order {} #{} follows the bar's version {}: the move to {} (version {}) is not newer",
                        ticket.orderId(), ticket.orderNumber(), standing.ticketVersion(), target, ticket.version());
                return;
            }
            if (status == target) {
                orders.followedTicket(ticket.orderId(), ticket.version());
                return;
            }
            boolean follows = versioned ? OrderLifecycle.followsNewerBar(status, target)
                    : OrderLifecycle.followsBar(status, target);
            if (!follows) {
                log.warn("order {} #{} is {}: the bar's move to {} does not apply", ticket.orderId(),
                        ticket.orderNumber(), status, target);
                return;
            }
            orders.moveTo(ticket.orderId(), target, ticket.version());
            // the bar logs the move itself (BarService), once per order and step
            log.debug("order {} #{} is {}", ticket.orderId(), ticket.orderNumber(), target);
        }));
    }

    /** Keeps the newest menu; an older or repeated snapshot changes nothing. */
    public void menuChanged(Menu changed) {
        transactions.run(() -> {
            long held = menu.current().map(Menu::version).orElse(-1L);
            if (changed.version() > held) {
                menu.replace(changed);
                log.info("menu replica now at version {}", changed.version());
            }
        });
    }

    private Optional<Order> known(String orderId) {
        return unknownIfEmpty(orderId, orders.find(orderId));
    }

    /** A bar move needs the status and the news last followed alone: the order's lines are not read. */
    private Optional<BarStanding> standing(String orderId) {
        return unknownIfEmpty(orderId, orders.barStanding(orderId));
    }

    private static <T> Optional<T> unknownIfEmpty(String orderId, Optional<T> found) {
        if (found.isEmpty()) {
            log.warn("order {} is unknown here: event ignored", orderId);
        }
        return found;
    }
}
