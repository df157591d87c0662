package cafe.pickup.board;

import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * The store server's clock as this display can tell it, so that a ready number times out after the
 * same minutes whatever this PC's own clock says. A board change heard live carries the instant its
 * number moved, by the server's clock, a few milliseconds before it arrived: this PC's time of
 * arrival minus the newest instant on the board is an upper bound of how far this PC's clock is
 * ahead (a change that removed a number leaves only older ones). The least of the last
 * {@value #SAMPLES} is taken, so a clock set right meanwhile is followed; before any, none is assumed.
 */
final class ServerClock {

    private static final int SAMPLES = 32;

    private final Deque<Duration> aheadBy = new ArrayDeque<>();

    /** A board change heard live, at this PC's {@code arrived}. */
    void heard(PickupBoard board, Instant arrived) {
        Stream.concat(board.preparing().stream(), board.ready().stream()).map(BoardNumber::since)
                .max(Instant::compareTo)
                .ifPresent(newest -> sample(Duration.between(newest, arrived)));
    }

    /** The server's time when this PC's clock says {@code local}. */
    Instant at(Instant local) {
        return aheadBy.stream().min(Duration::compareTo).map(local::minus).orElse(local);
    }

    private void sample(Duration ahead) {
        aheadBy.addLast(ahead);
        if (aheadBy.size() > SAMPLES) {
            aheadBy.removeFirst();
        }
    }
}
