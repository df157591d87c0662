package cafe.core.order;

import cafe.contract.desk.FindOrders;
import cafe.contract.desk.OrderRef;
import cafe.contract.menu.Menu;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.report.ReportDay;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.PaymentApproved;
import cafe.core.events.PaymentDeclined;
import cafe.core.events.PaymentRefunded;
import cafe.core.events.TicketNews;
import cafe.core.order.adapter.persistence.HibernateMenuReplica;
import cafe.core.order.adapter.persistence.HibernateOrderNumbers;
import cafe.core.order.adapter.persistence.HibernateOrders;
import cafe.core.order.adapter.persistence.HibernateSoldOrders;
import cafe.core.order.adapter.persistence.OrderingSchema;
import cafe.core.order.adapter.schedule.AbandonedOrderSweep;
import cafe.core.order.application.AbandonedOrders;
import cafe.core.order.application.OrderDesk;
import cafe.core.order.application.OrderProgress;
import cafe.core.order.application.OrderQuery;
import cafe.core.order.application.OrderingService;
import cafe.core.order.application.SalesReport;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.EventRoutes;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.platform.messaging.Topology;
import cafe.core.shared.BusinessDays;
import cafe.core.shared.DayReport;
import java.time.Duration;

/**
 * The ordering context: kiosks' and staff's order commands, the payment, bar and menu events that
 * move orders on, and a sweep that closes declined orders left for {@code abandonedAfter}. Close it
 * before the platform: it owns the sweep's thread.
 */
public final class OrderingContext implements StoreContext, AutoCloseable {

    private final int businessDayStartHour;
    private final Duration abandonedAfter;
    private AbandonedOrderSweep sweep;

    public OrderingContext(int businessDayStartHour, Duration abandonedAfter) {
        this.businessDayStartHour = businessDayStartHour;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public void wire(StorePlatform platform) {
        var database = platform.database("ordering", OrderingSchema.ENTITIES);
        var orders = new HibernateOrders(database::session, platform.json(), platform.clock());
        var replica = new HibernateMenuReplica(database::session, platform.json(), platform.clock());
        var days = new BusinessDays(platform.clock(), businessDayStartHour);
        var ordering = new OrderingService(orders, new HibernateOrderNumbers(database::session), replica, days,
                database.outbox(), database.transactions());
        var progress = new OrderProgress(orders, replica, days, database.outbox(), database.transactions());
        sweep = new AbandonedOrderSweep(new AbandonedOrders(orders, database.outbox(), database.transactions(),
                platform.clock(), abandonedAfter), sweepInterval(), database::onDuty);

        platform.serve(Addresses.ORDER_COMMANDS, database, new RequestRoutes()
                .on(MessageTypes.PLACE_ORDER, PlaceOrder.class, ordering::place)
                .on(MessageTypes.RETRY_PAYMENT, RetryPayment.class, ordering::retryPayment)
                .on(MessageTypes.CANCEL_ORDER, CancelOrder.class, ordering::cancelUnpaid)
                .ask(MessageTypes.GET_ORDER, OrderQuery.class, ordering::view));
        platform.serve(Addresses.ORDER_STAFF_COMMANDS, database, new RequestRoutes()
                .on(MessageTypes.CANCEL_ORDER, CancelOrder.class, ordering::cancelByStaff)
                .ask(MessageTypes.GET_ORDER, OrderQuery.class, ordering::view));
        var sales = new DayReport<>("sales", days, database.transactions(),
                new SalesReport(new HibernateSoldOrders(orders), days)::of);
        platform.serve(Addresses.ORDER_REPORTS, database, RequestRoutes.signedBy(platform.staffPasses())
                .askStaff(MessageTypes.GET_ORDER_SALES, ReportDay.class, sales::answer));
        var desk = new OrderDesk(orders, ordering, days, database.transactions());
        platform.serve(Addresses.ORDER_MANAGER_COMMANDS, database, RequestRoutes.signedBy(platform.staffPasses())
                .askStaff(MessageTypes.FIND_ORDERS, FindOrders.class, desk::find)
                .askStaff(MessageTypes.GET_ORDER_STORY, OrderRef.class, desk::story)
                .onStaff(MessageTypes.CANCEL_ORDER, CancelOrder.class, desk::cancel));

        platform.subscribe(Topology.ORDERING_PAYMENT_EVENTS, database, new EventRoutes()
                .on(PaymentApproved.TYPE, PaymentApproved.class, progress::paymentApproved)
                .on(PaymentDeclined.TYPE, PaymentDeclined.class, progress::paymentDeclined)
                .on(PaymentRefunded.TYPE, PaymentRefunded.class, progress::paymentRefunded));
        EventRoutes bar = new EventRoutes();
        Topology.BAR_MOVES.forEach(type -> bar.on(type, TicketNews.class, progress::ticketMoved));
        platform.subscribe(Topology.ORDERING_BARISTA_EVENTS, database, bar);
        platform.subscribe(Topology.ORDERING_MENU_EVENTS, database, new EventRoutes()
                .on(MessageTypes.MENU_CHANGED, Menu.class, progress::menuChanged));
    }

    /** A tenth of the time an order may be left, between one second and one minute. */
    private Duration sweepInterval() {
        long millis = Math.max(1_000, Math.min(60_000, abandonedAfter.toMillis() / 10));
        return Duration.ofMillis(millis);
    }

    @Override
    public void close() {
        if (sweep != null) {
            sweep.close();
        }
    }
}
