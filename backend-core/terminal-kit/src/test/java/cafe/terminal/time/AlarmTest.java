package cafe.terminal.time;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.terminal.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlarmTest {

    private final MutableClock clock = MutableClock.at("2026-12-02T01:00:00Z");
    private final Alarm alarm = new Alarm(clock);

    @Test
    void ringsOnceItsWaitHasPassedAndCountsTheSecondsDown() {
        alarm.setIn(Duration.ofSeconds(10));
        clock.advance(Duration.ofMillis(8_500));
        assertThat(alarm.rings()).isFalse();
        assertThat(alarm.secondsLeft()).isEqualTo(1);

        clock.advance(Duration.ofMillis(1_500));
        assertThat(alarm.rings()).isTrue();
        assertThat(alarm.secondsLeft()).isZero();
    }

    @Test
    void aClockSetForwardOrBackNeitherRingsItEarlyNorPutsItOff() {
        alarm.setIn(Duration.ofSeconds(30));
        clock.step(Duration.ofHours(2));
        assertThat(alarm.rings()).as("set forward").isFalse();

        clock.step(Duration.ofHours(-3));
        clock.advance(Duration.ofSeconds(30));
        assertThat(alarm.rings()).as("set back").isTrue();
    }

    @Test
    void isOffUntilSetAndAfterClearing() {
        assertThat(alarm.rings()).isFalse();
        assertThat(alarm.offOrRings()).isTrue();

        alarm.setNow();
        assertThat(alarm.rings()).isTrue();
        alarm.clear();
        clock.advance(Duration.ofHours(1));

        assertThat(alarm.rings()).isFalse();
        assertThat(alarm.secondsLeft()).isZero();
    }
}
