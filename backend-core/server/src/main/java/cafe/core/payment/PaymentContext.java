package cafe.core.payment;

import cafe.core.payment.adapter.messaging.PaymentSubscriptions;
import cafe.core.payment.adapter.persistence.HibernatePayments;
import cafe.core.payment.application.PaymentGateway;
import cafe.core.payment.application.PaymentService;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.persistence.ServiceDatabase;

/** The payment context: charges cards through the gateway it is given, refunds cancelled orders. */
public final class PaymentContext implements StoreContext {

    public static final String DATABASE = "payment";

    private final PaymentGateway gateway;

    public PaymentContext(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void wire(StorePlatform platform) {
        ServiceDatabase database = platform.database(DATABASE, HibernatePayments.ENTITIES);
        PaymentService payments = new PaymentService(database.transactions(), new HibernatePayments(database),
                database.outbox(), gateway, platform.clock());
        PaymentSubscriptions.subscribe(platform, database, payments);
    }
}
