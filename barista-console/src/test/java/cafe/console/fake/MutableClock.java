package cafe.console.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand, so ticket ages change without waiting. */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Stopped at the real time now: for a console beside a real StoreServer, which stamps real times. */
    public static MutableClock stoppedNow() {
        return new MutableClock(Instant.now(), ZoneId.of("Asia/Seoul"));
    }

    public static MutableClock at(String isoInstant) {
        return new MutableClock(Instant.parse(isoInstant), ZoneId.of("Asia/Seoul"));
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    /** Sets the time, e.g. to the moment a real StoreServer stamped on a ticket. */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
