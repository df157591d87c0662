package cafe.pickup.testing;

import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds board snapshots the way the server sends them: numbers preparing and ready, oldest first.
 * Order ids follow the numbers ("order-101"), so the same number means the same order.
 */
public final class Boards {

    private final long version;
    private final Instant at;
    private final List<BoardNumber> preparing = new ArrayList<>();
    private final List<BoardNumber> ready = new ArrayList<>();

    private Boards(long version, Instant at) {
        this.version = version;
        this.at = at;
    }

    /** A board of this version whose numbers changed column at the given time. */
    public static Boards version(long version, Instant at) {
        return new Boards(version, at);
    }

    public Boards preparing(int... numbers) {
        for (int number : numbers) {
            preparing.add(number(number, at));
        }
        return this;
    }

    public Boards ready(int... numbers) {
        for (int number : numbers) {
            ready.add(number(number, at));
        }
        return this;
    }

    /** A ready number that became ready at its own time. */
    public Boards readySince(int number, Instant since) {
        ready.add(number(number, since));
        return this;
    }

    public PickupBoard build() {
        return new PickupBoard(version, preparing, ready);
    }

    public static BoardNumber number(int number, Instant since) {
        return new BoardNumber("order-" + number, number, since);
    }
}
