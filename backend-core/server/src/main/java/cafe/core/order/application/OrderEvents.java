package cafe.core.order.application;

import cafe.contract.order.CardToken;
import cafe.contract.order.OrderUpdate;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.OrderCancelled;
import cafe.core.events.OrderPaid;
import cafe.core.events.OrderingEvent;
import cafe.core.events.PaidLine;
import cafe.core.events.PaidWith;
import cafe.core.events.PaymentApproved;
import cafe.core.events.PaymentRequested;
import cafe.core.order.domain.Order;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.OrderKeys;
import cafe.core.shared.OutboundEvent;
import java.time.Instant;

/** The events ordering publishes, written to its outbox in the caller's transaction. */
final class OrderEvents {

    private final EventOutbox outbox;

    OrderEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Tells the kiosks the order's news: placed (or paying with another card), paid, payment failed or
     * cancelled. The bar's steps are not told: the kiosks stop following an order once it is paid.
     */
    void updated(Order order, String reasonMessage) {
        outbox.append(new OutboundEvent(Addresses.ORDER_EVENTS, MessageTypes.ORDER_UPDATED, order.id(),
                new OrderUpdate(order.id(), order.number(), order.status(), order.failureReason(), reasonMessage)));
    }

    void paymentRequested(Order order, CardToken card) {
        append(Addresses.PAYMENT_REQUESTS, order, new PaymentRequested(order.id(), order.number(),
                order.paymentAttempt(), order.totalWon(), card));
    }

    void paid(Order order, Instant paidAt, PaymentApproved approved) {
        var lines = order.lines().stream()
                .map(l -> new PaidLine(l.itemId(), l.name(), l.optionNames(), l.quantity(), l.prepSeconds(),
                        l.lineTotalWon()))
                .toList();
        var paidWith = new PaidWith(approved.amountWon(), approved.cardBrand(), approved.cardLast4(),
                approved.authorizationCode());
        append(Addresses.ORDER_SERVICE_EVENTS, order, new OrderPaid(order.id(), order.number(), order.orderType(),
                lines, paidAt, order.contact(), paidWith, OrderKeys.digest(order.identity().idempotencyKey())));
    }

    void cancelled(Order order, boolean refundDue, long amountWon, String reason) {
        append(Addresses.ORDER_SERVICE_EVENTS, order,
                new OrderCancelled(order.id(), order.number(), refundDue, amountWon, reason));
    }

    private void append(String address, Order order, OrderingEvent body) {
        outbox.append(new OutboundEvent(address, body.type(), order.id(), body));
    }
}
