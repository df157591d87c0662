package cafe.terminal.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The store server's clock as this terminal can tell it, so that a ticket's timer or a ready
 * number's time-out follows the server whatever this PC's own clock says. An event heard live
 * carries an instant the server stamped a few milliseconds before it arrived: this PC's time of
 * arrival minus that instant is an upper bound of how far this PC's clock is ahead. The least of the
 * last {@value #SAMPLES} is taken, so a clock set right meanwhile is followed; before any, none is
 * assumed. Use it on one thread.
 */
public final class ServerClock {

    private static final int SAMPLES = 32;

    private final Deque<Duration> aheadBy = new ArrayDeque<>();

    /** An event heard live at this PC's {@code arrived}, stamped {@code stamped} by the server. */
    public void heard(Instant stamped, Instant arrived) {
        aheadBy.addLast(Duration.between(stamped, arrived));
        if (aheadBy.size() > SAMPLES) {
            aheadBy.removeFirst();
        }
    }

    /** The server's time when this PC's clock says {@code local}. */
    public Instant at(Instant local) {
        return aheadBy.stream().min(Duration::compareTo).map(local::minus).orElse(local);
    }
}
