package cafe.core.barista.adapter.messaging;

import cafe.contract.barista.CheckItem;
import cafe.contract.barista.TicketAction;
import cafe.contract.report.PrepTimes;
import cafe.contract.report.ReportDay;
import cafe.contract.desk.OrderRef;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.barista.application.BarQueries;
import cafe.core.barista.application.BarService;
import cafe.core.barista.application.TicketViews;
import cafe.core.barista.domain.Ticket;
import cafe.core.events.OrderCancelled;
import cafe.core.events.OrderPaid;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.EventRoutes;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.platform.messaging.Topology;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.shared.DayReport;
import java.util.function.Function;

/**
 * The bar on the broker: the consoles' commands (each answered with the changed ticket), everyone's
 * queries, and the paid and cancelled orders it follows.
 */
public final class BarEndpoints {

    private BarEndpoints() {
    }

    public static void wire(StorePlatform platform, ServiceDatabase database, BarService bar, BarQueries queries) {
        platform.serve(Addresses.BARISTA_COMMANDS, database, new RequestRoutes()
                .on(MessageTypes.START_TICKET, TicketAction.class, answered(bar::start))
                .on(MessageTypes.CHECK_ITEM, CheckItem.class, answered(bar::checkItem))
                .on(MessageTypes.MARK_READY, TicketAction.class, answered(bar::markReady))
                .on(MessageTypes.MARK_PICKED_UP, TicketAction.class, answered(bar::markPickedUp))
                .on(MessageTypes.RECALL_TICKET, TicketAction.class, answered(bar::recall)));
        platform.serve(Addresses.BARISTA_QUERIES, database, new RequestRoutes()
                .ask(MessageTypes.GET_BAR_QUEUE, queries::barQueue)
                .ask(MessageTypes.GET_DAY_STATS, queries::dayStats)
                .ask(MessageTypes.GET_WAIT_ESTIMATE, queries::waitEstimate));
        platform.serve(Addresses.BARISTA_MANAGER_QUERIES, database, RequestRoutes.signedBy(platform.staffPasses())
                .askStaff(MessageTypes.GET_TICKET_HISTORY, OrderRef.class, queries::ticketHistory));
        platform.subscribe(Topology.BARISTA_ORDER_EVENTS, database, new EventRoutes()
                .on(OrderPaid.TYPE, OrderPaid.class, bar::queue)
                .on(OrderCancelled.TYPE, OrderCancelled.class, bar::cancel));
    }

    /** The back office's prep times, for a signed-in manager only. */
    public static void wireReports(StorePlatform platform, ServiceDatabase database, DayReport<PrepTimes> report) {
        platform.serve(Addresses.BARISTA_REPORTS, database, RequestRoutes.signedBy(platform.staffPasses())
                .askStaff(MessageTypes.GET_PREP_TIMES, ReportDay.class, report::answer));
    }

    private static <T> Function<T, Object> answered(Function<T, Ticket> command) {
        return command.andThen(TicketViews::view);
    }
}
