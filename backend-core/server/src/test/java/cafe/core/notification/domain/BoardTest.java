package cafe.core.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardMove;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.core.events.TicketNews;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoardTest {

    private static final Instant NOW = Instant.parse("2025-03-01T01:00:00Z");

    private final Board board = Board.restore(0, List.of());

    @Test
    void aNumberMovesFromPreparingToReadyAndLeavesWhenCollected() {
        assertThat(board.follow(ticket("o-1", 105, TicketStatus.QUEUED, 1), NOW))
                .contains(new BoardMove(1, new BoardNumber("o-1", 105, NOW), BoardMove.Place.PREPARING));
        assertThat(numbers(board.view().preparing())).containsExactly(105);

        assertThat(board.follow(ticket("o-1", 105, TicketStatus.IN_PREPARATION, 2), NOW)).isEmpty();
        assertThat(board.follow(ticket("o-1", 105, TicketStatus.READY, 3), NOW.plusSeconds(60))).isPresent();
        PickupBoard ready = board.view();
        assertThat(ready.preparing()).isEmpty();
        assertThat(ready.ready()).containsExactly(new BoardNumber("o-1", 105, NOW.plusSeconds(60)));

        assertThat(board.follow(ticket("o-1", 105, TicketStatus.PICKED_UP, 4), NOW)).get()
                .extracting(BoardMove::version, BoardMove::to).containsExactly(3L, BoardMove.Place.GONE);
        assertThat(board.view()).isEqualTo(new PickupBoard(3, List.of(), List.of()));
    }

    @Test
    void aRecallMovesTheNumberBack() {
        board.follow(ticket("o-1", 105, TicketStatus.READY, 3), NOW);

        board.follow(ticket("o-1", 105, TicketStatus.IN_PREPARATION, 4), NOW);

        assertThat(numbers(board.view().preparing())).containsExactly(105);
        assertThat(board.view().ready()).isEmpty();
    }

    @Test
    void olderOrRepeatedTicketNewsChangesNothing() {
        board.follow(ticket("o-1", 105, TicketStatus.PICKED_UP, 5), NOW);

        assertThat(board.follow(ticket("o-1", 105, TicketStatus.READY, 4), NOW)).isEmpty();
        assertThat(board.follow(ticket("o-1", 105, TicketStatus.PICKED_UP, 5), NOW)).isEmpty();
        assertThat(board.view()).isEqualTo(PickupBoard.empty());
    }

    @Test
    void theLiveCopyTakesOnlyNewerNews() {
        board.follow(ticket("o-1", 105, TicketStatus.READY, 3), NOW);

        assertThat(board.followLive(ticket("o-1", 105, TicketStatus.QUEUED, 3), NOW)).isEmpty();
        board.followLive(ticket("o-1", 105, TicketStatus.PICKED_UP, 4), NOW);

        assertThat(board.view()).isEqualTo(new PickupBoard(2, List.of(), List.of()));
    }

    @Test
    void theDurableCopyOfAMoveTheLiveCopyMadeMovesNothingButIsHeard() {
        board.followLive(ticket("o-1", 105, TicketStatus.READY, 3), NOW);
        board.followLive(ticket("o-1", 105, TicketStatus.PICKED_UP, 4), NOW);

        assertThat(board.follow(ticket("o-1", 105, TicketStatus.READY, 3), NOW)).isEmpty();
        assertThat(board.heardLast(ticket("o-1", 105, TicketStatus.READY, 3))).isTrue();
        assertThat(board.follow(ticket("o-1", 105, TicketStatus.PICKED_UP, 4), NOW)).isEmpty();
        assertThat(board.view()).isEqualTo(new PickupBoard(2, List.of(), List.of()));
    }

    @Test
    void theBarsDurableNewsOfTheVersionALiveCopyShowedPutsTheNumberWhereTheBarHasIt() {
        // the live READY's commit was lost to a power cut: the bar's version 3 is the cancellation
        board.followLive(ticket("o-1", 105, TicketStatus.READY, 3), NOW);

        assertThat(board.follow(ticket("o-1", 105, TicketStatus.CANCELLED, 3), NOW)).get()
                .extracting(BoardMove::to).isEqualTo(BoardMove.Place.GONE);
        assertThat(board.view().ready()).isEmpty();
    }

    @Test
    void eachColumnListsTheOldestFirst() {
        board.follow(ticket("o-2", 102, TicketStatus.QUEUED, 1), NOW.plusSeconds(5));
        board.follow(ticket("o-1", 101, TicketStatus.QUEUED, 1), NOW);
        board.follow(ticket("o-3", 103, TicketStatus.QUEUED, 1), NOW.plusSeconds(9));

        assertThat(numbers(board.view().preparing())).containsExactly(101, 102, 103);
        assertThat(board.changedEntries()).hasSize(3);
    }

    @Test
    void aSavedBoardTellsOnlyWhatChangedSince() {
        board.follow(ticket("o-1", 101, TicketStatus.QUEUED, 1), NOW);
        board.saved();

        assertThat(board.changedEntries()).isEmpty();
        assertThat(board.moved()).isFalse();

        board.follow(ticket("o-1", 101, TicketStatus.IN_PREPARATION, 2), NOW);
        assertThat(board.changedEntries()).extracting(BoardEntry::ticketVersion).containsExactly(2L);
        assertThat(board.moved()).as("started: still preparing").isFalse();
    }

    @Test
    void onlyAChangePeopleSeeMovesTheRestoredBoard() {
        Board restored = Board.restore(7, List.of(new BoardEntry("o-1", 105, BoardColumn.PREPARING, NOW, 1, 1)));

        restored.follow(ticket("o-1", 105, TicketStatus.IN_PREPARATION, 2), NOW);
        assertThat(restored.moved()).as("started: still preparing").isFalse();

        restored.follow(ticket("o-1", 105, TicketStatus.READY, 3), NOW);
        assertThat(restored.moved()).isTrue();
        assertThat(restored.version()).isEqualTo(8);
    }

    @Test
    void aDisplayThatAppliesEachMoveShowsTheBoardTheStoreHolds() {
        Random news = new Random(15);
        long[] versions = new long[40];
        PickupBoard display = PickupBoard.empty();
        for (int step = 0; step < 2_000; step++) {
            int order = news.nextInt(versions.length);
            TicketStatus status = TicketStatus.values()[news.nextInt(TicketStatus.values().length)];
            Instant at = NOW.plusSeconds(news.nextInt(30));
            Optional<BoardMove> move = board.follow(ticket("o-" + order, 100 + order, status, ++versions[order]), at);
            if (move.isPresent()) {
                assertThat(display.isFollowedBy(move.get())).isTrue();
                display = display.after(move.get());
            }
            assertThat(display).isEqualTo(board.view());
        }
    }

    static TicketNews.Ticket ticket(String orderId, int number, TicketStatus status, long version) {
        return new TicketNews.Ticket(orderId, number, status, version);
    }

    private static List<Integer> numbers(List<BoardNumber> column) {
        return column.stream().map(BoardNumber::orderNumber).toList();
    }
}
