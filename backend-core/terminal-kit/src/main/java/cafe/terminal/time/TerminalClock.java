package cafe.terminal.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * This PC's clock: the time of day, which NTP or a person may set forward or back at any moment,
 * and a steady count that only runs on, by which the time between two moments is measured
 * whatever was done to the time of day meanwhile.
 */
public abstract class TerminalClock extends Clock {

    public static TerminalClock systemDefaultZone() {
        return new SystemClock(Clock.systemDefaultZone());
    }

    /** Nanoseconds from an origin of its own; only the difference of two readings means anything. */
    public abstract long steadyNanos();

    @Override
    public abstract TerminalClock withZone(ZoneId zone);

    private static final class SystemClock extends TerminalClock {

        private final Clock timeOfDay;

        private SystemClock(Clock timeOfDay) {
            this.timeOfDay = timeOfDay;
        }

        @Override
        public long steadyNanos() {
            return System.nanoTime();
        }

        @Override
        public Instant instant() {
            return timeOfDay.instant();
        }

        @Override
        public ZoneId getZone() {
            return timeOfDay.getZone();
        }

        @Override
        public TerminalClock withZone(ZoneId zone) {
            return new SystemClock(timeOfDay.withZone(zone));
        }
    }
}
