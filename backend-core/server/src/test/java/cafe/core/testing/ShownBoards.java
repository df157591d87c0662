package cafe.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.board.BoardMove;
import cafe.contract.board.PickupBoard;
import java.util.ArrayList;
import java.util.List;

/** The boards a display shows when it applies the moves it heard, in order, to the board it read first. */
public final class ShownBoards {

    private ShownBoards() {
    }

    /** Moves the read board already holds are skipped; a missed move fails the test. */
    public static List<PickupBoard> after(PickupBoard read, List<BoardMove> heard) {
        List<PickupBoard> shown = new ArrayList<>();
        PickupBoard display = read;
        for (BoardMove move : heard) {
            if (move.version() > display.version()) {
                assertThat(display.isFollowedBy(move)).as("a move to version %d after version %d", move.version(),
                        display.version()).isTrue();
                display = display.after(move);
                shown.add(display);
            }
        }
        return shown;
    }
}
