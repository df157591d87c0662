package cafe.core.server;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock in the store's time zone that a test sets, e.g. to just before the business day turns. */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> now;

    public SettableClock(ZoneId zone, LocalDateTime start) {
        this.zone = zone;
        this.now = new AtomicReference<>(start.atZone(zone).toInstant());
    }

    public void set(LocalDateTime localTime) {
        now.set(localTime.atZone(zone).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        throw new UnsupportedOperationException("the store has one time zone");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
