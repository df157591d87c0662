package cafe.core.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The store's day, which turns over at a local hour (say 04:00) rather than at midnight. */
public record StoreDay(ZoneId zone, int startHour) {

    public StoreDay {
        if (startHour < 0 || startHour > 23) {
            throw new IllegalArgumentException("the day's start hour must be 0..23, was " + startHour);
        }
    }

    /** When the store day that {@code now} falls in began. */
    public Instant startOf(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime start = local.withHour(startHour).withMinute(0).withSecond(0).withNano(0);
        return (local.isBefore(start) ? start.minusDays(1) : start).toInstant();
    }
}
