package cafe.terminal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a screen's test moves by hand, so ages, time-outs and lock-outs pass without waiting:
 * standing still at a given instant, or running with the real time (as a StoreServer's clock does)
 * plus however far the test has moved it. In the store's time zone unless told otherwise.
 */
public final class MutableClock extends Clock {

    public static final ZoneId STORE_ZONE = ZoneId.of("Asia/Seoul");

    private final Clock base;
    private final ZoneId zone;
    private volatile Instant standing;
    private volatile Duration moved = Duration.ZERO;

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

    public void advance(Duration by) {
        moved = moved.plus(by);
    }

    /** Stands still at this instant from now on, e.g. the moment a real StoreServer stamped on a ticket. */
    public void set(Instant instant) {
        moved = Duration.ZERO;
        standing = instant;
    }

    @Override
    public Instant instant() {
        Instant now = standing != null ? standing : base.instant();
        return now.plus(moved);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(instant(), other);
    }
}
