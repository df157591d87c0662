package cafe.core.server;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A log line's time as {@code yyyy-MM-dd HH:mm:ss.SSS} in the server's zone, as logback's
 * {@code %d} writes it. The text up to the second is made once a second and the milliseconds
 * appended: {@code %d} formats the whole time again for every millisecond, about 2% of the
 * server's work in a rush, where most lines fall in a millisecond of their own.
 */
public final class LogLineTime extends ClassicConverter {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.");

    private final ZoneId zone;
    private volatile Second last = new Second(Long.MIN_VALUE, "");

    /** In the JVM's default zone, as {@code %d}: logback makes it by this constructor. */
    public LogLineTime() {
        this(ZoneId.systemDefault());
    }

    LogLineTime(ZoneId zone) {
        this.zone = zone;
    }

    /** One second since the epoch and its text, with the dot before the milliseconds. */
    private record Second(long epochSecond, String text) {
    }

    @Override
    public String convert(ILoggingEvent event) {
        long millis = event.getTimeStamp();
        long epochSecond = Math.floorDiv(millis, 1000);
        Second second = last;
        if (second.epochSecond() != epochSecond) {
            second = new Second(epochSecond, TO_THE_SECOND.format(Instant.ofEpochSecond(epochSecond).atZone(zone)));
            last = second;
        }
        int milli = (int) Math.floorMod(millis, 1000);
        StringBuilder line = new StringBuilder(second.text().length() + 3).append(second.text());
        if (milli < 100) {
            line.append(milli < 10 ? "00" : "0");
        }
        return line.append(milli).toString();
    }
}
