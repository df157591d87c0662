package cafe.core.order.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When the store's business day turns over: at a local hour (say 04:00) rather than midnight, so
 * a late-night order still belongs to the evening's day and numbers restart only before opening.
 */
public final class BusinessCalendar {

    private final Clock clock;
    private final LocalTime dayStart;

    public BusinessCalendar(Clock clock, int dayStartHour) {
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be 0..23, was " + dayStartHour);
        }
        this.clock = clock;
        this.dayStart = LocalTime.of(dayStartHour, 0);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The business day an instant belongs to, in the clock's time zone. */
    public LocalDate businessDayOf(Instant instant) {
        var local = instant.atZone(clock.getZone()).toLocalDateTime();
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(dayStart) ? date.minusDays(1) : date;
    }

    /** The instant a business day begins, in the clock's time zone. */
    public Instant startOf(LocalDate businessDay) {
        return businessDay.atTime(dayStart).atZone(clock.getZone()).toInstant();
    }
}
