package cafe.terminal.time;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The store server's clock as this terminal can tell it, so that a ticket's timer or a ready
 * number's time-out follows the server whatever this PC's own clock says. An event heard live
 * carries an instant the server stamped a few milliseconds before it arrived, so the server's time
 * now is at least that instant plus the steady time since it arrived. The greatest of the last
 * {@value #SAMPLES} such bounds is taken: an event stamped long before it was heard counts for
 * nothing, and a server clock set back is followed once that many have passed.
 * <p>
 * The time is carried forward by this PC's steady count, not its time of day: a time of day set
 * forward or back (NTP correcting a slow clock) moves no ticket's age. The time of day is taken as
 * it is only before any event is heard. Use it on one thread.
 */
public final class ServerClock {

    private static final int SAMPLES = 32;

    private final TerminalClock pc;
    /** For each event heard, the least the server's time could have been when the steady count read zero. */
    private final Deque<Instant> atSteadyZero = new ArrayDeque<>();

    public ServerClock(TerminalClock pc) {
        this.pc = pc;
    }

    /** An event heard live just now, stamped {@code stamped} by the server. */
    public void heard(Instant stamped) {
        atSteadyZero.addLast(stamped.minusNanos(pc.steadyNanos()));
        if (atSteadyZero.size() > SAMPLES) {
            atSteadyZero.removeFirst();
        }
    }

    /** The server's time now. */
    public Instant now() {
        return atSteadyZero.stream().max(Instant::compareTo)
                .map(zero -> zero.plusNanos(pc.steadyNanos()))
                .orElseGet(pc::instant);
    }
}
