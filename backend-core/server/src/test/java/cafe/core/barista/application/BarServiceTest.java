package cafe.core.barista.application;

import static cafe.core.barista.application.BarFixtures.drink;
import static cafe.core.barista.application.BarFixtures.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.barista.CheckItem;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketStatus;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.core.events.OrderCancelled;
import cafe.core.shared.Rejection;
import cafe.core.testing.ImmediateTransactions;
import cafe.core.testing.MutableClock;
import cafe.core.testing.RecordingOutbox;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BarServiceTest {

    private final MutableClock clock = MutableClock.seoulAt("2025-03-01T01:00:00Z");
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final BarService bar = new BarService(new ImmediateTransactions(), tickets, outbox, clock,
            BarSettings.standard());

    @BeforeEach
    void anOrderIsPaid() {
        bar.queue(paid("o-1", 105, clock.instant(), drink("americano", 2, 60), drink("latte", 1, 90)));
    }

    @Test
    void aPaidOrderIsQueuedAndAnnounced() {
        assertThat(outbox.last().address()).isEqualTo(Addresses.BARISTA_EVENTS);
        assertThat(outbox.last().orderId()).isEqualTo("o-1");
        Ticket queued = lastTicket();
        assertThat(queued.status()).isEqualTo(TicketStatus.QUEUED);
        assertThat(queued.orderNumber()).isEqualTo(105);
        assertThat(queued.lines()).extracting(line -> line.name().en()).containsExactly("americano", "latte");
        assertThat(queued.version()).isEqualTo(1);
    }

    @Test
    void theSamePaidOrderTwiceQueuesOneTicket() {
        bar.queue(paid("o-1", 105, clock.instant(), drink("americano", 2, 60)));

        assertThat(outbox.types()).containsExactly("TicketQueued");
    }

    @Test
    void everyStepIsAnnouncedWithTheWholeTicketAndAGrowingVersion() {
        bar.start(new TicketAction("o-1", "Bar 1"));
        bar.checkItem(new CheckItem("o-1", 1, true));
        bar.markReady(new TicketAction("o-1", "Bar 1"));
        bar.markPickedUp(new TicketAction("o-1", "Bar 1"));

        assertThat(outbox.types()).containsExactly("TicketQueued", "TicketStarted", "TicketItemChecked",
                "TicketReady", "TicketPickedUp");
        assertThat(outbox.bodies(TicketEvent.class)).extracting(event -> event.ticket().version())
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lastTicket().lines().get(1).done()).isTrue();
        assertThat(lastTicket().station()).isEqualTo("Bar 1");
    }

    @Test
    void aRefusedStepChangesNothingAndAnnouncesNothing() {
        assertThatThrownBy(() -> bar.markReady(new TicketAction("o-1", "Bar 1")))
                .isInstanceOf(Rejection.class).hasMessage("Order 105 is not started yet");

        assertThat(outbox.types()).containsExactly("TicketQueued");
        assertThat(tickets.find("o-1").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        assertThatThrownBy(() -> bar.start(new TicketAction("o-404", "Bar 1")))
                .isInstanceOfSatisfying(Rejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.ORDER_NOT_FOUND));
    }

    @Test
    void startNeedsAStation() {
        assertThatThrownBy(() -> bar.start(new TicketAction("o-1", " ")))
                .isInstanceOfSatisfying(Rejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.MISSING_FIELD));
    }

    @Test
    void aStationNameLongerThanAConsoleGivesIsRefusedAndTheTicketWaits() {
        assertThatThrownBy(() -> bar.start(new TicketAction("o-1", "b".repeat(65))))
                .isInstanceOfSatisfying(Rejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.FIELD_TOO_LONG));
        assertThat(tickets.find("o-1").orElseThrow().version()).isEqualTo(1);
        bar.start(new TicketAction("o-1", "b".repeat(64)));
    }

    @Test
    void checkingALineTwiceAnnouncesItOnce() {
        bar.start(new TicketAction("o-1", "Bar 1"));
        bar.checkItem(new CheckItem("o-1", 0, true));
        bar.checkItem(new CheckItem("o-1", 0, true));

        assertThat(outbox.types()).containsExactly("TicketQueued", "TicketStarted", "TicketItemChecked");
    }

    @Test
    void aRecentBumpIsRecalled() {
        bar.start(new TicketAction("o-1", "Bar 1"));
        bar.markReady(new TicketAction("o-1", "Bar 1"));
        clock.advance(Duration.ofMinutes(14));

        bar.recall(new TicketAction("o-1", "Bar 1"));

        assertThat(outbox.types()).endsWith("TicketRecalled");
        assertThat(lastTicket().status()).isEqualTo(TicketStatus.IN_PREPARATION);
    }

    @Test
    void aBumpOlderThanTheWindowCannotBeRecalled() {
        bar.start(new TicketAction("o-1", "Bar 1"));
        bar.markReady(new TicketAction("o-1", "Bar 1"));
        bar.markPickedUp(new TicketAction("o-1", "Bar 1"));
        clock.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> bar.recall(new TicketAction("o-1", "Bar 1")))
                .isInstanceOfSatisfying(Rejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.NOTHING_TO_RECALL))
                .hasMessage("Order 105 can no longer be recalled");
    }

    @Test
    void onlyTheTenNewestBumpsCanBeRecalled() {
        bar.start(new TicketAction("o-1", "Bar 1"));
        bar.markReady(new TicketAction("o-1", "Bar 1"));
        for (int i = 2; i <= 11; i++) {
            clock.advance(Duration.ofSeconds(1));
            bar.queue(paid("o-" + i, 100 + i, clock.instant(), drink("americano", 1, 60)));
            bar.start(new TicketAction("o-" + i, "Bar 1"));
            bar.markReady(new TicketAction("o-" + i, "Bar 1"));
        }

        assertThatThrownBy(() -> bar.recall(new TicketAction("o-1", "Bar 1"))).isInstanceOf(Rejection.class);
        bar.recall(new TicketAction("o-2", "Bar 1"));
    }

    @Test
    void aCancelledQueuedOrderLeavesTheQueue() {
        bar.cancel(new OrderCancelled("o-1", 105, true, 9_000, "customer left"));

        assertThat(outbox.types()).containsExactly("TicketQueued", "TicketCancelled");
        assertThat(lastTicket().status()).isEqualTo(TicketStatus.CANCELLED);
    }

    @Test
    void aCancelledOrderWhoseDrinkIsReadyLeavesTheBarAndCannotBeRecalled() {
        bar.start(new TicketAction("o-1", "Bar 1"));
        bar.markReady(new TicketAction("o-1", "Bar 1"));

        bar.cancel(new OrderCancelled("o-1", 105, true, 9_000, "customer left"));

        assertThat(outbox.types()).containsExactly("TicketQueued", "TicketStarted", "TicketReady", "TicketCancelled");
        assertThat(tickets.find("o-1").orElseThrow().status()).isEqualTo(TicketStatus.CANCELLED);
        assertThatThrownBy(() -> bar.recall(new TicketAction("o-1", "Bar 1"))).isInstanceOf(Rejection.class)
                .hasMessage("Order 105 can no longer be recalled");
    }

    private Ticket lastTicket() {
        return ((TicketEvent) outbox.last().body()).ticket();
    }
}
