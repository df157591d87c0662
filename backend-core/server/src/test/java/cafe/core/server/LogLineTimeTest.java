package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LogLineTimeTest {

    private static final DateTimeFormatter AS_LOGBACK_D = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final LogLineTime time = new LogLineTime();

    @Test
    void writesTheTimeAsLogbacksDateWithTheSamePatternDoes() {
        Stream.of("2026-12-06T09:59:59.999Z", "2026-12-06T10:00:00Z", "2026-12-06T10:00:00.007Z",
                        "2026-12-06T10:00:00.042Z", "2026-12-06T10:00:00.420Z", "2026-12-06T10:00:01.001Z",
                        "2026-12-06T09:59:59.998Z", "1969-12-31T23:59:59.500Z")
                .map(Instant::parse)
                .forEach(at -> assertThat(time.convert(eventAt(at))).as(at.toString()).isEqualTo(AS_LOGBACK_D.format(at)));
    }

    private static LoggingEvent eventAt(Instant at) {
        LoggingEvent event = new LoggingEvent();
        event.setTimeStamp(at.toEpochMilli());
        return event;
    }
}
