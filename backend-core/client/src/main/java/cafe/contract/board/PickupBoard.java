package cafe.contract.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the pickup displays show: numbers being prepared and numbers ready, each column oldest
 * first (by since, then number). {@code version} grows by one with every change, which reaches the
 * displays as a {@link BoardMove}; a display drops stale or repeated boards by their version.
 */
public record PickupBoard(long version, List<BoardNumber> preparing, List<BoardNumber> ready) {

    private static final Comparator<BoardNumber> OLDEST_FIRST =
            Comparator.comparing(BoardNumber::since).thenComparingInt(BoardNumber::orderNumber);

    public PickupBoard {
        preparing = List.copyOf(preparing);
        ready = List.copyOf(ready);
    }

    public static PickupBoard empty() {
        return new PickupBoard(0, List.of(), List.of());
    }

    /** True when {@code move} is the very next change of this board. */
    public boolean isFollowedBy(BoardMove move) {
        return move.version() == version + 1;
    }

    /** This board after the move: the number leaves the column it was in and joins the one it went to. */
    public PickupBoard after(BoardMove move) {
        BoardNumber number = move.number();
        return new PickupBoard(move.version(),
                column(preparing, number, move.to() == BoardMove.Place.PREPARING),
                column(ready, number, move.to() == BoardMove.Place.READY));
    }

    private static List<BoardNumber> column(List<BoardNumber> numbers, BoardNumber moved, boolean joins) {
        List<BoardNumber> column = new ArrayList<>(numbers.size() + 1);
        numbers.stream().filter(shown -> !shown.orderId().equals(moved.orderId())).forEach(column::add);
        if (joins) {
            int at = 0;
            while (at < column.size() && OLDEST_FIRST.compare(column.get(at), moved) <= 0) {
                at++;
            }
            column.add(at, moved);
        }
        return column;
    }
}
