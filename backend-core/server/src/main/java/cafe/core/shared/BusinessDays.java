package cafe.core.shared;

import cafe.contract.wire.ErrorCode;
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

    /** The days a back-office question may name: none of the store's data lies outside them. */
    private static final LocalDate FIRST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

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

    /** The day asked for, or today when none was; a day no store could have is refused. */
    public LocalDate orToday(LocalDate day) {
        if (day == null) {
            return today();
        }
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new Rejection(ErrorCode.MALFORMED_REQUEST, "a day from " + FIRST + " to " + LAST + ", not " + day);
        }
        return day;
    }

    /** A time asked for, refused unless it falls within the days {@link #orToday} takes. */
    public Instant checked(Instant at) {
        if (at.isBefore(startOf(FIRST)) || !at.isBefore(endOf(LAST))) {
            throw new Rejection(ErrorCode.MALFORMED_REQUEST, "a time from " + startOf(FIRST) + " to "
                    + endOf(LAST) + ", not " + at);
        }
        return at;
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
