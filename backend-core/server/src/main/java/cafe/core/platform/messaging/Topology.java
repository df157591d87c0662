package cafe.core.platform.messaging;

import cafe.contract.wire.Addresses;

/**
 * The store's durable subscriptions, named once so every context and test uses the same queue.
 * The dead-letter and expiry ones are declared by the broker itself; each context declares the
 * others when it subscribes.
 */
public final class Topology {

    /** Settled by several consumers at once: each kiosk's customer waits for the card network alone. */
    public static final DurableSubscription PAYMENT_REQUESTS =
            DurableSubscription.of(Addresses.PAYMENT_REQUESTS, "payment.requests").roundRobin();
    public static final DurableSubscription ORDERING_PAYMENT_EVENTS =
            DurableSubscription.of(Addresses.PAYMENT_EVENTS, "ordering.payment-events");
    public static final DurableSubscription BARISTA_ORDER_EVENTS = new DurableSubscription(
            Addresses.ORDER_SERVICE_EVENTS, "barista.order-events", "type IN ('OrderPaid','OrderCancelled')");
    public static final DurableSubscription PAYMENT_ORDER_EVENTS = new DurableSubscription(
            Addresses.ORDER_SERVICE_EVENTS, "payment.order-events", "type = 'OrderCancelled'");
    public static final DurableSubscription NOTIFICATION_ORDER_EVENTS = new DurableSubscription(
            Addresses.ORDER_SERVICE_EVENTS, "notification.order-events", "type = 'OrderPaid'");
    public static final DurableSubscription ORDERING_BARISTA_EVENTS =
            DurableSubscription.of(Addresses.BARISTA_EVENTS, "ordering.barista-events");
    public static final DurableSubscription NOTIFICATION_BARISTA_EVENTS =
            DurableSubscription.of(Addresses.BARISTA_EVENTS, "notification.barista-events");
    public static final DurableSubscription ORDERING_MENU_EVENTS =
            DurableSubscription.of(Addresses.MENU_EVENTS, "ordering.menu-events");

    /** Every dead message, for an operator to inspect. */
    public static final DurableSubscription DEAD_LETTERS =
            DurableSubscription.of(Addresses.DEAD_LETTERS, "dead-letters");
    /** Payment requests that failed three times: payment turns them into PaymentDeclined(UNAVAILABLE). */
    public static final DurableSubscription PAYMENT_DEAD_REQUESTS = new DurableSubscription(
            Addresses.DEAD_LETTERS, "payment.dead-requests", "_AMQ_ORIG_QUEUE = 'payment.requests'");
    /** Every expired message, for an operator to inspect. */
    public static final DurableSubscription EXPIRED = DurableSubscription.of(Addresses.EXPIRED, "expired");
    /** Payment requests that went stale before payment took them: declined as EXPIRED. */
    public static final DurableSubscription PAYMENT_EXPIRED_REQUESTS = new DurableSubscription(
            Addresses.EXPIRED, "payment.expired-requests", "_AMQ_ORIG_QUEUE = 'payment.requests'");

    private Topology() {
    }
}
