package cafe.core.barista.application;

import static cafe.core.barista.application.BarFixtures.drink;
import static cafe.core.barista.application.BarFixtures.paid;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.barista.BarQueue;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.order.WaitEstimate;
import cafe.core.events.OrderCancelled;
import cafe.core.testing.ImmediateTransactions;
import cafe.core.testing.MutableClock;
import cafe.core.testing.RecordingOutbox;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BarQueriesTest {

    private final MutableClock clock = MutableClock.seoulAt("2025-03-01T01:00:00Z");
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final BarService bar = new BarService(new ImmediateTransactions(), tickets, new RecordingOutbox(), clock,
            BarSettings.standard());
    private final BarQueries queries = new BarQueries(new ImmediateTransactions(), tickets, clock,
            BarSettings.standard());

    @Test
    void theQueueListsActiveTicketsOldestFirstAndRecallableOnesNewestFirst() {
        payAndMake("o-1", 101, 60);
        payAndMake("o-2", 102, 60);
        bar.queue(paid("o-3", 103, clock.instant(), drink("latte", 1, 90)));
        bar.queue(paid("o-4", 104, clock.instant().plusSeconds(1), drink("latte", 1, 90)));
        bar.markPickedUp(new TicketAction("o-1", "Bar 1"));

        BarQueue queue = queries.barQueue();

        assertThat(queue.active()).extracting(Ticket::orderNumber).containsExactly(102, 103, 104);
        assertThat(queue.recallable()).extracting(Ticket::orderNumber).containsExactly(101, 102);
    }

    @Test
    void theWaitCountsTheDrinksNotYetMadeSharedByTwoBaristas() {
        bar.queue(paid("o-1", 101, clock.instant(), drink("americano", 2, 60), drink("latte", 1, 90)));
        bar.queue(paid("o-2", 102, clock.instant(), drink("frappe", 1, 150)));
        payAndMake("o-3", 103, 600);

        assertThat(queries.waitEstimate()).isEqualTo(new WaitEstimate(2, 4, 3));
    }

    @Test
    void moreBaristasShortenTheWait() {
        bar.queue(paid("o-1", 101, clock.instant(), drink("americano", 4, 60)));
        BarQueries fourBaristas = new BarQueries(new ImmediateTransactions(), tickets, clock,
                BarSettings.standard().withBaristas(4));

        assertThat(fourBaristas.waitEstimate().minutes()).isEqualTo(1);
    }

    @Test
    void theDaysStatsCountOrdersReadyTodayAndTheirPrepTimes() {
        payAndMake("o-1", 101, 60);
        clock.advance(Duration.ofMinutes(1));
        bar.queue(paid("o-2", 102, clock.instant(), drink("latte", 1, 90)));
        clock.advance(Duration.ofMinutes(5));
        bar.start(new TicketAction("o-2", "Bar 2"));
        bar.markReady(new TicketAction("o-2", "Bar 2"));
        bar.queue(paid("o-3", 103, clock.instant(), drink("latte", 2, 90)));

        DayStats stats = queries.dayStats();

        assertThat(stats).isEqualTo(new DayStats(2, 150, 300, 1, 2));
    }

    @Test
    void anOrderCancelledAfterItWasReadyIsNotCompleted() {
        payAndMake("o-1", 101, 60);
        payAndMake("o-2", 102, 60);

        bar.cancel(new OrderCancelled("o-2", 102, true, 5_000, "customer left"));

        assertThat(queries.dayStats().ordersCompleted()).isEqualTo(1);
    }

    @Test
    void yesterdaysOrdersDoNotCount() {
        payAndMake("o-1", 101, 60);
        clock.advance(Duration.ofDays(1));

        assertThat(queries.dayStats().ordersCompleted()).isZero();
    }

    @Test
    void theBusinessDayTurnsOverAtItsStartHourNotAtMidnight() {
        MutableClock lateEvening = MutableClock.seoulAt("2025-03-01T14:30:00Z");
        BarService lateBar = new BarService(new ImmediateTransactions(), tickets, new RecordingOutbox(), lateEvening,
                BarSettings.standard());
        BarQueries lateQueries = new BarQueries(new ImmediateTransactions(), tickets, lateEvening,
                BarSettings.standard());
        lateBar.queue(paid("o-1", 101, lateEvening.instant(), drink("americano", 1, 60)));
        lateBar.start(new TicketAction("o-1", "Bar 1"));
        lateBar.markReady(new TicketAction("o-1", "Bar 1"));

        lateEvening.advance(Duration.ofHours(4));
        assertThat(lateQueries.dayStats().ordersCompleted()).as("03:30 the next morning").isEqualTo(1);
        lateEvening.advance(Duration.ofHours(1));
        assertThat(lateQueries.dayStats().ordersCompleted()).as("04:30, a new business day").isZero();
    }

    private void payAndMake(String orderId, int number, int prepSeconds) {
        bar.queue(paid(orderId, number, clock.instant(), drink("americano", 1, prepSeconds)));
        bar.start(new TicketAction(orderId, "Bar 1"));
        bar.markReady(new TicketAction(orderId, "Bar 1"));
    }
}
