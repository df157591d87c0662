package cafe.pickup.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves forward by hand: standing still at a given instant, or running with the
 * real time (as the store server's clock does) plus however far the test has moved it.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private volatile Duration moved = Duration.ZERO;

    private MutableClock(Clock base) {
        this.base = base;
    }

    /** A clock that stands still at {@code start} until it is moved. */
    public MutableClock(Instant start) {
        this(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** A clock that runs with the system clock until it is moved ahead of it. */
    public static MutableClock running() {
        return new MutableClock(Clock.systemUTC());
    }

    public void advance(Duration step) {
        moved = moved.plus(step);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(moved);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone is enough for a test");
    }
}
