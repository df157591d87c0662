package cafe.core.barista.application;

import cafe.contract.barista.BarQueue;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.TicketStatus;
import cafe.contract.desk.OrderRef;
import cafe.contract.desk.TicketHistory;
import cafe.contract.order.WaitEstimate;
import cafe.core.barista.domain.Ticket;
import cafe.core.barista.domain.Workload;
import cafe.core.shared.Staff;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the consoles and kiosks read from the bar: the queue, the day's numbers and the wait. */
public class BarQueries {

    private final Transactions transactions;
    private final Tickets tickets;
    private final Clock clock;
    private final BarSettings settings;

    public BarQueries(Transactions transactions, Tickets tickets, Clock clock, BarSettings settings) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.clock = clock;
        this.settings = settings;
    }

    /** Active tickets oldest first, the bumps that can still be undone newest first, and the day's stopped drinks. */
    public BarQueue barQueue() {
        return transactions.inTransaction(() -> new BarQueue(
                tickets.active().stream().map(TicketViews::view).toList(),
                tickets.bumpedSince(settings.recall().oldestBumpAt(clock.instant()), settings.recall().limit())
                        .stream().map(TicketViews::view).toList(),
                tickets.cancelledInHandSince(settings.businessDayStart(clock)).stream().map(TicketViews::view)
                        .toList()));
    }

    /** How long a new order would wait: the drinks ahead of it shared among the baristas. */
    public WaitEstimate waitEstimate() {
        return transactions.inTransaction(() -> estimate(workload()));
    }

    /** The business day so far: orders made ready and not cancelled (refunded) after. */
    public DayStats dayStats() {
        return transactions.inTransaction(() -> {
            Instant dayStart = settings.businessDayStart(clock);
            List<Long> prepSeconds = tickets.readyBetween(dayStart, dayStart.plus(Duration.ofDays(1))).stream()
                    .filter(ticket -> ticket.status() != TicketStatus.CANCELLED)
                    .flatMap(ticket -> ticket.paidToReady().stream()).map(Duration::toSeconds).toList();
            Workload workload = workload();
            return new DayStats(prepSeconds.size(),
                    Math.round(prepSeconds.stream().mapToLong(Long::longValue).average().orElse(0)),
                    prepSeconds.stream().mapToLong(Long::longValue).max().orElse(0),
                    workload.orders(), estimate(workload).minutes());
        });
    }

    /** The back office's look at one order's ticket: its times and station, or none if it never reached the bar. */
    public TicketHistory ticketHistory(OrderRef ref, Staff staff) {
        String orderId = ref.orderId();
        return transactions.inTransaction(() -> new TicketHistory(orderId,
                tickets.find(orderId).map(TicketViews::view).orElse(null)));
    }

    private Workload workload() {
        return Workload.of(tickets.active().stream().filter(Ticket::isWaiting).toList());
    }

    private WaitEstimate estimate(Workload workload) {
        return new WaitEstimate(workload.orders(), workload.drinks(), workload.minutesWith(settings.baristas()));
    }
}
