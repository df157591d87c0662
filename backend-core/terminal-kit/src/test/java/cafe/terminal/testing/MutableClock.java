package cafe.terminal.testing;

import cafe.terminal.time.TerminalClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a screen's test moves by hand, so ages, time-outs and lock-outs pass without waiting:
 * standing still at a given instant, or running with the real time (as a StoreServer's clock does)
 * plus however far the test has moved it. In the store's time zone unless told otherwise. Time
 * passes only by {@link #advance}; {@link #step} and {@link #set} change the time of day alone, as
 * NTP or a person setting the PC's clock does.
 */
public final class MutableClock extends TerminalClock {

    public static final ZoneId STORE_ZONE = ZoneId.of("Asia/Seoul");

    private final Clock base;
    private final ZoneId zone;
    private volatile Instant standing;
    private volatile Duration moved = Duration.ZERO;
    private volatile Duration passed = Duration.ZERO;
    private volatile long steadyWhenStopped;

    private MutableClock(Instant standing, Clock base, ZoneId zone) {
        this.standing = standing;
        this.base = base;
        this.zone = zone;
    }

    /** Standing still at this instant until moved. */
    public MutableClock(Instant start, ZoneId zone) {
        this(start, null, zone);
    }

    /** Standing still at this instant ({@code 2026-12-02T01:00:00Z}) in the store's zone. */
    public static MutableClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public static MutableClock at(Instant start) {
        return new MutableClock(start, STORE_ZONE);
    }

    /** Standing still at the real time now: beside a real StoreServer, which stamps real times. */
    public static MutableClock stoppedNow() {
        return at(Instant.now());
    }

    /** Running with the system clock until moved ahead of it. */
    public static MutableClock running() {
        return new MutableClock(null, Clock.systemUTC(), STORE_ZONE);
    }

    /** Time passes. */
    public void advance(Duration by) {
        moved = moved.plus(by);
        passed = passed.plus(by);
    }

    /** The PC's clock set forward or back by this much, as NTP sets a slow or fast clock right: no time passes. */
    public void step(Duration by) {
        moved = moved.plus(by);
    }

    /** The PC's clock set to this instant, standing still there from now on: no time passes. */
    public void set(Instant instant) {
        if (standing == null) {
            steadyWhenStopped = System.nanoTime();
        }
        moved = Duration.ZERO;
        standing = instant;
    }

    @Override
    public Instant instant() {
        Instant now = standing != null ? standing : base.instant();
        return now.plus(moved);
    }

    @Override
    public long steadyNanos() {
        return (standing != null ? steadyWhenStopped : System.nanoTime()) + passed.toNanos();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public MutableClock withZone(ZoneId other) {
        return new MutableClock(instant(), other);
    }
}
