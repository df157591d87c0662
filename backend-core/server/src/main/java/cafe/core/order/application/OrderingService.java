package cafe.core.order.application;

import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderLineView;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderView;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.TimeOrderedIds;
import cafe.core.order.domain.CartPricing;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderIdentity;
import cafe.core.order.domain.PricedCart;
import cafe.core.order.domain.StepCause;
import cafe.core.shared.BusinessDays;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.Rejection;
import cafe.core.shared.Staff;
import cafe.core.shared.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What kiosks and staff ask of ordering: place an order (checked and priced against the menu
 * replica, stored with its payment request in one transaction), pay again after a decline,
 * cancel, and look an order up.
 */
public final class OrderingService {

    private static final Logger log = LoggerFactory.getLogger(OrderingService.class);

    private final Orders orders;
    private final OrderNumbers numbers;
    private final MenuReplica menu;
    private final BusinessDays calendar;
    private final OrderEvents events;
    private final Transactions transactions;

    public OrderingService(Orders orders, OrderNumbers numbers, MenuReplica menu, BusinessDays calendar,
                           EventOutbox outbox, Transactions transactions) {
        this.orders = orders;
        this.numbers = numbers;
        this.menu = menu;
        this.calendar = calendar;
        this.events = new OrderEvents(outbox);
        this.transactions = transactions;
    }

    /**
     * Places the order, or returns the one already placed with the same idempotency key; the same
     * key with a different order is refused.
     */
    public OrderAccepted place(PlaceOrder command) {
        String key = id(command.idempotencyKey(), "idempotencyKey");
        FieldLimits.within(command.kioskId(), "kioskId", FieldLimits.ID);
        FieldLimits.within(command.contact(), "contact", FieldLimits.CONTACT);
        String digest = PlaceOrderDigest.of(command);
        return transactions.inTransaction(() -> orders.findByIdempotencyKey(key)
                .map(placed -> sameOrder(placed, digest))
                .orElseGet(() -> placeNew(command, key, digest)));
    }

    private static OrderAccepted sameOrder(Order placed, String digest) {
        if (!placed.identity().placedBy(digest)) {
            throw new Rejection(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this idempotency key was already used for a different order: a new order needs a new key");
        }
        return accepted(placed);
    }

    private OrderAccepted placeNew(PlaceOrder command, String key, String digest) {
        Required.field(command.orderType(), "orderType");
        CardToken card = requiredCard(command.card());
        PricedCart cart = new CartPricing(menu.current().orElseThrow(() -> new Rejection(
                ErrorCode.MENU_UNAVAILABLE, "the menu is not loaded yet, please try again")))
                .price(Required.field(command.lines(), "lines"), command.expectedTotalWon());
        Instant now = calendar.clock().instant();
        LocalDate day = calendar.dayOf(now);
        OrderIdentity identity = new OrderIdentity(TimeOrderedIds.next(), numbers.next(day), day,
                command.kioskId(), key, digest, now);
        Order order = Order.place(identity, command.orderType(), cart, blankToNull(command.contact()));
        orders.add(order);
        events.paymentRequested(order, card);
        events.updated(order, null);
        try (var orderId = MDC.putCloseable(Headers.ORDER_ID, order.id())) {
            log.info("order {} #{} placed at kiosk {}: {} won", order.id(), order.number(), command.kioskId(),
                    order.totalWon());
        }
        return accepted(order);
    }

    /**
     * Pays a declined order with another card: attempt n+1. The same retry sent again (its answer
     * was lost) is answered with the attempt it opened, whatever became of it.
     */
    public OrderAccepted retryPayment(RetryPayment command) {
        String orderId = id(command.orderId(), "orderId");
        CardToken card = requiredCard(command.card());
        FieldLimits.within(command.idempotencyKey(), "idempotencyKey", FieldLimits.ID);
        return transactions.inTransaction(() -> {
            Order order = existing(orderId);
            if (!order.retryPayment(command.idempotencyKey(), command.declinedAttempt())) {
                log.info("order {} #{} retry after attempt {} sent again: answered with attempt {}", order.id(),
                        order.number(), command.declinedAttempt(), order.paymentAttempt());
                return accepted(order);
            }
            orders.update(order);
            events.paymentRequested(order, card);
            events.updated(order, null);
            log.info("order {} #{} payment attempt {}", order.id(), order.number(), order.paymentAttempt());
            return accepted(order);
        });
    }

    /** A kiosk abandons an unpaid order. */
    public Void cancelUnpaid(CancelOrder command) {
        String orderId = id(command.orderId(), "orderId");
        FieldLimits.within(command.idempotencyKey(), "idempotencyKey", FieldLimits.ID);
        FieldLimits.within(command.reason(), "reason", FieldLimits.REASON);
        transactions.run(() -> {
            Order order = existing(orderId);
            order.cancelUnpaid(command.idempotencyKey());
            cancelled(order, false, command.reason());
        });
        return null;
    }

    /** Staff cancel before preparation; a paid order is refunded by payment. */
    public Void cancelByStaff(CancelOrder command) {
        String orderId = id(command.orderId(), "orderId");
        FieldLimits.within(command.reason(), "reason", FieldLimits.REASON);
        transactions.run(() -> {
            Order order = existing(orderId);
            boolean refundDue = order.cancelByStaff();
            cancelled(order, refundDue, command.reason());
        });
        return null;
    }

    /**
     * A signed-in staff member cancels from the back office, with a reason: before preparation
     * only (else ORDER_NOT_CANCELLABLE with the status), a paid order refunded by payment. The same
     * request again (its idempotency key) changes nothing more.
     */
    public void cancelByManager(CancelOrder command, Staff staff) {
        String orderId = id(command.orderId(), "orderId");
        String reason = FieldLimits.within(Required.field(command.reason(), "reason").trim(), "reason", FieldLimits.REASON);
        String key = FieldLimits.within(command.idempotencyKey(), "idempotencyKey", FieldLimits.ID);
        transactions.run(() -> {
            Order order = existing(orderId);
            if (key != null && orders.steps(orderId).stream().anyMatch(step -> key.equals(step.cause().requestKey()))) {
                return;
            }
            if (!order.canMoveTo(OrderStatus.CANCELLED)) {
                throw new Rejection(ErrorCode.ORDER_NOT_CANCELLABLE, "order " + order.number() + " is "
                        + order.status() + ": it can no longer be cancelled", Map.of("status", order.status()));
            }
            boolean refundDue = order.cancelByStaff(new StepCause(staff.id(), staff.name(), reason, key));
            cancelled(order, refundDue, reason);
            log.info("order {} #{} cancelled by {}: {}", order.id(), order.number(), staff.id(), reason);
        });
    }

    private void cancelled(Order order, boolean refundDue, String reason) {
        orders.update(order);
        events.cancelled(order, refundDue, refundDue ? order.totalWon() : 0, reason);
        events.updated(order, reason);
        log.info("order {} #{} cancelled{}", order.id(), order.number(), refundDue ? ", refund due" : "");
    }

    public OrderView view(OrderQuery query) {
        String orderId = id(query.orderId(), "orderId");
        return transactions.inTransaction(() -> toView(existing(orderId)));
    }

    private Order existing(String orderId) {
        return orders.find(orderId).orElseThrow(
                () -> new Rejection(ErrorCode.ORDER_NOT_FOUND, "no order " + orderId));
    }

    private static CardToken requiredCard(CardToken card) {
        Required.field(card, "card");
        Required.field(card.token(), "card.token");
        return FieldLimits.card(card);
    }

    private static String id(String value, String name) {
        return FieldLimits.within(Required.field(value, name), name, FieldLimits.ID);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static OrderAccepted accepted(Order order) {
        return new OrderAccepted(order.id(), order.number(), order.totalWon(), order.status(),
                order.paymentAttempt());
    }

    private static OrderView toView(Order order) {
        return new OrderView(order.id(), order.number(), order.status(), order.orderType(), lineViews(order),
                order.totalWon(), order.placedAt(), order.failureReason());
    }

    static List<OrderLineView> lineViews(Order order) {
        return order.lines().stream()
                .map(l -> new OrderLineView(l.itemId(), l.name(), l.optionNames(), l.quantity(), l.unitPriceWon(),
                        l.lineTotalWon()))
                .toList();
    }
}
