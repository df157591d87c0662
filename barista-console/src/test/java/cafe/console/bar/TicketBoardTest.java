package cafe.console.bar;

import static cafe.console.fake.SampleMenu.line;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.barista.BarQueue;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketBoardTest {

    private static final Instant NOON = Instant.parse("2025-05-02T03:00:00Z");
    private final TicketBoard board = new TicketBoard();

    @Test
    void anEventRacingTheSnapshotIsKept() {
        board.apply(ticket("a", 101, TicketStatus.QUEUED, 1));
        TicketBoard.PendingSnapshot asked = board.snapshotAsked();
        board.apply(ticket("b", 102, TicketStatus.QUEUED, 1));

        board.applySnapshot(asked, new BarQueue(List.of(), List.of(), List.of()));

        assertThat(board.rail()).extracting(TicketCardModel::orderId).containsExactly("b");
    }

    @Test
    void overlappingSnapshotsEachKeepWhatRacedThem() {
        TicketBoard.PendingSnapshot first = board.snapshotAsked();
        TicketBoard.PendingSnapshot second = board.snapshotAsked();
        board.applySnapshot(first, new BarQueue(List.of(), List.of(), List.of()));
        board.apply(ticket("late", 103, TicketStatus.QUEUED, 1));

        board.applySnapshot(second, new BarQueue(List.of(), List.of(), List.of()));

        assertThat(board.rail()).extracting(TicketCardModel::orderId).containsExactly("late");
    }

    @Test
    void aBumpOrARecallRacingTheSnapshotKeepsTheRecallListAsThisConsoleHeardIt() {
        board.apply(ticket("a", 101, TicketStatus.READY, 3));
        board.apply(ticket("c", 103, TicketStatus.READY, 3));
        TicketBoard.PendingSnapshot asked = board.snapshotAsked();
        board.apply(ticket("b", 102, TicketStatus.READY, 3));
        board.apply(ticket("c", 103, TicketStatus.IN_PREPARATION, 4));

        board.applySnapshot(asked, new BarQueue(List.of(ticket("a", 101, TicketStatus.READY, 3),
                ticket("c", 103, TicketStatus.READY, 3)), List.of(ticket("c", 103, TicketStatus.READY, 3),
                ticket("a", 101, TicketStatus.READY, 3)), List.of()));

        assertThat(board.recallable()).extracting(Ticket::orderId).as("b bumped after the question, c recalled")
                .containsExactly("b", "a");
        assertThat(board.lastBumped()).map(Ticket::orderId).contains("b");
    }

    @Test
    void aSnapshotOlderThanWhatWasSeenDoesNotResurrectATicket() {
        board.apply(ticket("a", 101, TicketStatus.PICKED_UP, 4));

        List<Ticket> unseen = board.applySnapshot(board.snapshotAsked(), new BarQueue(List.of(ticket("a", 101, TicketStatus.READY, 3)),
                List.of(), List.of())).unseen();

        assertThat(board.shelf()).isEmpty();
        assertThat(unseen).isEmpty();
    }

    @Test
    void aReadListingADrinkInHandAsCancelledStopsItAndNoOther() {
        board.apply(ticket("a", 101, TicketStatus.IN_PREPARATION, 2));
        board.apply(ticket("b", 102, TicketStatus.QUEUED, 1));

        TicketBoard.Reloaded reloaded = board.applySnapshot(board.snapshotAsked(), new BarQueue(List.of(), List.of(),
                List.of(ticket("a", 101, TicketStatus.CANCELLED, 3), ticket("c", 103, TicketStatus.CANCELLED, 3))));

        assertThat(reloaded.stopped()).extracting(Ticket::orderId).as("c was never in hand here").containsExactly("a");
        assertThat(board.rail()).isEmpty();
        assertThat(board.applySnapshot(board.snapshotAsked(), new BarQueue(List.of(), List.of(),
                List.of(ticket("a", 101, TicketStatus.CANCELLED, 3)))).stopped()).as("told once").isEmpty();
    }

    @Test
    void aTicketRecalledFromPickedUpHasNoBumpLeftSoTheNextRecallIsTheOneBumpedBeforeIt() {
        board.apply(ticket("a", 101, TicketStatus.READY, 3));
        board.apply(ticket("b", 102, TicketStatus.READY, 3));
        board.apply(ticket("a", 101, TicketStatus.PICKED_UP, 4));
        board.apply(ticket("b", 102, TicketStatus.PICKED_UP, 4));

        board.apply(ticket("b", 102, TicketStatus.READY, 5));

        assertThat(board.shelf()).extracting(TicketCardModel::orderId).containsExactly("b");
        assertThat(board.recallable()).extracting(Ticket::orderId).containsExactly("a");
    }

    @Test
    void onlyNineTicketsGetBumpBarSlots() {
        for (int i = 0; i < 11; i++) {
            board.apply(ticket("t" + i, 101 + i, TicketStatus.QUEUED, 1));
        }

        assertThat(board.rail()).extracting(c -> c.slotProperty().get())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0);
        assertThat(board.selectSlot(10)).isFalse();
        assertThat(board.selected()).map(TicketCardModel::orderId).contains("t0");
    }

    @Test
    void theCursorWrapsAroundTheRail() {
        board.apply(ticket("a", 101, TicketStatus.QUEUED, 1));
        board.apply(ticket("b", 102, TicketStatus.QUEUED, 1));

        board.moveSelection(-1);

        assertThat(board.selected()).map(TicketCardModel::orderId).contains("b");
    }

    @Test
    void finishedTicketsLastMovedBeforeTheCutoffAreForgottenButNotWhatIsOnTheBoardOrRecallable() {
        board.apply(ticket("made", 101, TicketStatus.QUEUED, 1));
        board.apply(ticket("made", 101, TicketStatus.PICKED_UP, 2));
        board.apply(ticket("cancelled", 102, TicketStatus.QUEUED, 1));
        board.apply(ticket("cancelled", 102, TicketStatus.CANCELLED, 2));
        board.apply(ticket("waiting", 103, TicketStatus.QUEUED, 1));
        for (int i = 0; i < TicketBoard.RECALL_DEPTH; i++) {
            board.apply(ticket("bumped-" + i, 110 + i, TicketStatus.IN_PREPARATION, 1));
            board.apply(ticket("bumped-" + i, 110 + i, TicketStatus.READY, 2));
            board.apply(ticket("bumped-" + i, 110 + i, TicketStatus.PICKED_UP, 3));
        }

        Ticket paidLongAgo = ticket("slow", 104, TicketStatus.QUEUED, 1);
        board.apply(paidLongAgo);
        board.apply(new Ticket("slow", 104, OrderType.DINE_IN, TicketStatus.PICKED_UP, paidLongAgo.lines(),
                paidLongAgo.paidAt(), null, null, NOON.plus(Duration.ofDays(2)), null, 2));
        for (int i = 0; i < TicketBoard.RECALL_DEPTH; i++) {
            board.apply(ticket("pushed-" + i, 120 + i, TicketStatus.IN_PREPARATION, 1));
            board.apply(ticket("pushed-" + i, 120 + i, TicketStatus.READY, 2));
        }

        board.forgetFinishedBefore(NOON.plus(Duration.ofDays(1)));

        assertThat(board.remembered()).as("the waiting one, the one picked up lately and what is on the board")
                .isEqualTo(1 + 1 + TicketBoard.RECALL_DEPTH);
        assertThat(board.apply(ticket("waiting", 103, TicketStatus.QUEUED, 1))).isEqualTo(TicketBoard.Change.STALE);
    }

    private static Ticket ticket(String id, int number, TicketStatus status, long version) {
        Instant readyAt = status == TicketStatus.READY ? NOON.plusSeconds(60) : null;
        return new Ticket(id, number, OrderType.DINE_IN, status, List.of(line(0, "latte", 1)),
                NOON.plusSeconds(number), null, readyAt, null, null, version);
    }
}
