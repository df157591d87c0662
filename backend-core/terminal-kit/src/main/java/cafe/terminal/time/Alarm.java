package cafe.terminal.time;

import java.time.Duration;
import java.util.Objects;

/**
 * A wait a screen sets and looks at on its ticks, like a kitchen timer: it runs on the terminal's
 * steady count, so setting the PC's clock (NTP at start, a person) neither rings it early nor puts
 * it off. Off until set. Not thread-safe: a screen sets and reads it on its own thread.
 */
public final class Alarm {

    private final TerminalClock clock;
    private boolean set;
    private long ringsAtNanos;

    public Alarm(TerminalClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Rings once {@code after} has passed from now. */
    public void setIn(Duration after) {
        ringsAtNanos = clock.steadyNanos() + after.toNanos();
        set = true;
    }

    /** Rings at the next look. */
    public void setNow() {
        setIn(Duration.ZERO);
    }

    /** Off: never rings until set again. */
    public void clear() {
        set = false;
    }

    /** Set, and its time has come. */
    public boolean rings() {
        return set && clock.steadyNanos() - ringsAtNanos >= 0;
    }

    /** Off, or its time has come: what a repeating wait (every 30 s) asks before its next round. */
    public boolean offOrRings() {
        return !set || rings();
    }

    /** Whole seconds until it rings (a part of a second counts as none), 0 once it rings or when off. */
    public int secondsLeft() {
        return set ? (int) Math.max(0, Duration.ofNanos(ringsAtNanos - clock.steadyNanos()).toSeconds()) : 0;
    }
}
