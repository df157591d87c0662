package cafe.core.barista.application;

import cafe.core.barista.domain.RecallPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * How the bar works: how many baristas share the queue (for wait estimates), which bumps can be
 * undone, and the local hour the business day starts (the day's stats restart then, not at
 * midnight, so a late evening still counts with its day).
 */
public record BarSettings(int baristas, RecallPolicy recall, int dayStartHour) {

    public BarSettings {
        if (baristas < 1) {
            throw new IllegalArgumentException("at least one barista, was " + baristas);
        }
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be 0..23, was " + dayStartHour);
        }
    }

    /** Two baristas, bumps undone within 15 minutes (the 10 newest), the day starting at 04:00. */
    public static BarSettings standard() {
        return new BarSettings(2, RecallPolicy.standard(), 4);
    }

    public BarSettings withBaristas(int count) {
        return new BarSettings(count, recall, dayStartHour);
    }

    public BarSettings withDayStartHour(int hour) {
        return new BarSettings(baristas, recall, hour);
    }

    /** When the business day that {@code clock} is in began, in the clock's time zone. */
    public Instant businessDayStart(Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime start = now.toLocalDate().atTime(LocalTime.of(dayStartHour, 0));
        return (now.isBefore(start) ? start.minusDays(1) : start).atZone(clock.getZone()).toInstant();
    }
}
