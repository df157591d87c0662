package cafe.core.payment.adapter.messaging;

import cafe.core.events.OrderCancelled;
import cafe.core.events.PaymentRequested;
import cafe.core.payment.application.Abandonment;
import cafe.core.payment.application.PaymentService;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.EventRoutes;
import cafe.core.platform.messaging.Topology;
import cafe.core.platform.persistence.ServiceDatabase;
import java.util.function.Consumer;

/**
 * What payment listens to: payment requests (and their dead and expired copies, which end the
 * attempt declined) and cancellations that may owe a refund. Requests are settled by several
 * consumers at once, and refunds one at a time, both outside any held transaction, since each waits
 * for the card network (a transaction held meanwhile would hold every payment back). A network that
 * does not answer a request makes the handler throw, so the broker redelivers the request and
 * after three tries dead-letters it; a refund it does not take is kept owed in payment's own
 * database instead, and tried again until it does.
 */
public final class PaymentSubscriptions {

    private PaymentSubscriptions() {
    }

    public static void subscribe(StorePlatform platform, ServiceDatabase database, PaymentService payments,
                                 int paymentsAtOnce) {
        platform.subscribe(Topology.PAYMENT_REQUESTS, database, requests(payments::charge), paymentsAtOnce);
        platform.subscribe(Topology.PAYMENT_DEAD_REQUESTS, database,
                requests(request -> payments.abandon(request, Abandonment.DEAD)));
        platform.subscribe(Topology.PAYMENT_EXPIRED_REQUESTS, database,
                requests(request -> payments.abandon(request, Abandonment.EXPIRED)));
        platform.subscribe(Topology.PAYMENT_ORDER_EVENTS, database, new EventRoutes()
                .onOwnTransactions(OrderCancelled.TYPE, OrderCancelled.class, payments::refund));
    }

    private static EventRoutes requests(Consumer<PaymentRequested> handler) {
        return new EventRoutes().onOwnTransactions(PaymentRequested.TYPE, PaymentRequested.class, handler);
    }
}
