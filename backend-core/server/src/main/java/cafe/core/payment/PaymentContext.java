package cafe.core.payment;

import cafe.contract.report.ReportDay;
import cafe.contract.desk.OrderRef;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.payment.adapter.gateway.BreakerGateway;
import cafe.core.payment.adapter.messaging.PaymentSubscriptions;
import cafe.core.payment.adapter.persistence.HibernatePayments;
import cafe.core.payment.adapter.persistence.HibernateSettledPayments;
import cafe.core.payment.application.PaymentDesk;
import cafe.core.payment.application.PaymentGateway;
import cafe.core.payment.application.PaymentService;
import cafe.core.payment.application.TakingsReport;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.shared.BusinessDays;
import cafe.core.shared.DayReport;
import java.time.Duration;

/**
 * The payment context: charges cards through the card network it is given (behind a circuit
 * breaker), several at once, refunds cancelled orders (a refund the network could not take stays
 * owed and is tried again every 10 s), and voids approvals it declined without knowing of them.
 */
public final class PaymentContext implements StoreContext {

    public static final String DATABASE = "payment";
    /** One card reader per kiosk: this many customers pay at once without waiting for each other. */
    public static final int PAYMENTS_AT_ONCE = 16;
    private static final Duration VOID_SWEEP = Duration.ofSeconds(30);
    /** A refund owed goes out this long at most after the network is back: a customer may be waiting for it. */
    private static final Duration REFUND_SWEEP = Duration.ofSeconds(10);

    private final PaymentGateway network;
    private final Duration breakerOpenFor;
    private final int businessDayStartHour;

    /**
     * {@code breakerOpenFor}: how long card payments stay declined after the network failed every call;
     * {@code businessDayStartHour}: the local hour the day's totals start from.
     */
    public PaymentContext(PaymentGateway network, Duration breakerOpenFor, int businessDayStartHour) {
        this.network = network;
        this.breakerOpenFor = breakerOpenFor;
        this.businessDayStartHour = businessDayStartHour;
    }

    @Override
    public void wire(StorePlatform platform) {
        ServiceDatabase database = platform.database(DATABASE, HibernatePayments.ENTITIES);
        HibernatePayments stored = new HibernatePayments(database);
        PaymentService payments = new PaymentService(database.transactions(), stored,
                database.outbox(), new BreakerGateway(network, breakerOpenFor), platform.clock());
        PaymentSubscriptions.subscribe(platform, database, payments, PAYMENTS_AT_ONCE);
        PaymentDesk desk = new PaymentDesk(stored, database.transactions());
        platform.serve(Addresses.PAYMENT_MANAGER_QUERIES, database, RequestRoutes.signedBy(platform.staffPasses())
                .askStaff(MessageTypes.GET_PAYMENT_HISTORY, OrderRef.class, desk::history));
        platform.every("payment-voids", VOID_SWEEP, database, payments::voidWhatIsOwed);
        platform.every("payment-refunds", REFUND_SWEEP, database, payments::refundWhatIsOwed);
        var days = new BusinessDays(platform.clock(), businessDayStartHour);
        var takings = new DayReport<>("card totals", days, database.transactions(),
                new TakingsReport(new HibernateSettledPayments(database), days)::of);
        platform.serve(Addresses.PAYMENT_REPORTS, database, RequestRoutes.signedBy(platform.staffPasses())
                .askStaff(MessageTypes.GET_PAYMENT_TOTALS, ReportDay.class, takings::answer));
    }
}
