package cafe.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final BusinessDays calendar = new BusinessDays(Clock.system(SEOUL), 4);

    private static Instant seoul(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, day, hour, minute).atZone(SEOUL).toInstant();
    }

    @Test
    void theDayTurnsOverAtTheStartHourNotAtMidnight() {
        assertThat(calendar.dayOf(seoul(2, 23, 30))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(calendar.dayOf(seoul(3, 0, 10))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(calendar.dayOf(seoul(3, 3, 59))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(calendar.dayOf(seoul(3, 4, 0))).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void theStartHourMustBeAnHourOfTheDay() {
        assertThatThrownBy(() -> new BusinessDays(Clock.systemUTC(), 24))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
