package cafe.core.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The store's business days in its clock's time zone. Each starts at a local hour (say 04:00)
 * rather than midnight, so a late evening still counts with its day.
 */
public record BusinessDays(Clock clock, int startHour) {

    public BusinessDays {
        if (startHour < 0 || startHour > 23) {
            throw new IllegalArgumentException("day start hour must be 0..23, was " + startHour);
        }
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }

    /** The day asked for, or today when none was. */
    public LocalDate orToday(LocalDate day) {
        return day == null ? today() : day;
    }

    public LocalDate dayOf(Instant instant) {
        var local = instant.atZone(zone()).toLocalDateTime();
        return local.toLocalTime().isBefore(LocalTime.of(startHour, 0))
                ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    public Instant startOf(LocalDate day) {
        return day.atTime(startHour, 0).atZone(zone()).toInstant();
    }

    /** When the next day starts: a day covers [startOf, endOf). */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
