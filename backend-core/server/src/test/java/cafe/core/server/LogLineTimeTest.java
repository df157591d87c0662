package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LogLineTimeTest {

    @Test
    void writesWhatLogbacksDateWritesWithTheSamePatternInAnyZoneAcrossSummerTime() {
        for (String zone : new String[] {"UTC", "Asia/Seoul", "Europe/Berlin", "America/St_Johns"}) {
            LogLineTime time = new LogLineTime(ZoneId.of(zone));
            PatternLayout logbacks = layout("%d{yyyy-MM-dd HH:mm:ss.SSS, " + zone + "}");
            Stream.of("2026-12-06T09:59:59.999Z", "2026-12-06T10:00:00Z", "2026-12-06T10:00:00.007Z",
                            "2026-12-06T10:00:00.042Z", "2026-12-06T10:00:00.420Z", "2026-12-06T10:00:01.001Z",
                            "2026-03-29T00:59:59.999Z", "2026-03-29T01:00:00Z", "2026-10-25T00:59:59.999Z",
                            "2026-10-25T01:00:00.001Z", "1969-12-31T23:59:59.500Z")
                    .map(Instant::parse)
                    .flatMap(at -> Stream.of(at, at.plus(Duration.ofMillis(1))))
                    .forEach(at -> assertThat(time.convert(eventAt(at))).as(zone + " " + at)
                            .isEqualTo(logbacks.doLayout(eventAt(at))));
            logbacks.stop();
        }
    }

    private static PatternLayout layout(String pattern) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(new LoggerContext());
        layout.setPattern(pattern);
        layout.start();
        return layout;
    }

    private static LoggingEvent eventAt(Instant at) {
        LoggingEvent event = new LoggingEvent();
        event.setTimeStamp(at.toEpochMilli());
        return event;
    }
}
