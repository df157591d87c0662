package cafe.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.terminal.testing.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdleWatchTest {

    private final MutableClock clock = MutableClock.at("2026-12-02T01:00:00Z");
    private final AtomicInteger resets = new AtomicInteger();
    private final IdleWatch idle = new IdleWatch(clock, resets::incrementAndGet);

    @Test
    void warnsAfterNinetySecondsCountsTenAndThenResetsOnce() {
        pass(89);
        assertThat(idle.warningProperty().get()).isFalse();
        pass(1);
        assertThat(idle.warningProperty().get()).isTrue();
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(10);
        pass(9);
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(1);
        pass(1);
        assertThat(resets).hasValue(1);
        assertThat(idle.warningProperty().get()).isFalse();
        pass(5);
        assertThat(resets).hasValue(1);
    }

    @Test
    void aPcClockSetForwardTimesNoCustomerOutAndOneSetBackHoldsNoneBack() {
        pass(30);
        clock.step(Duration.ofMinutes(5));
        pass(1);
        assertThat(idle.warningProperty().get()).as("set forward five minutes").isFalse();
        assertThat(resets).hasValue(0);

        clock.step(Duration.ofHours(-1));
        pass(59);
        assertThat(idle.warningProperty().get()).as("set back an hour, 90 s untouched").isTrue();
    }

    @Test
    void aTouchStartsTheWaitAgain() {
        pass(95);
        idle.touched();
        assertThat(idle.warningProperty().get()).isFalse();
        pass(89);
        assertThat(idle.warningProperty().get()).isFalse();
    }

    @Test
    void nothingTimesOutWhileNotWatchedAndAccessibleModeDoublesTheTimes() {
        clock.advance(Duration.ofMinutes(10));
        idle.tick(false, IdleWatch.IDLE);
        assertThat(idle.warningProperty().get()).isFalse();
        idle.setDoubled(true);
        pass(179);
        assertThat(idle.warningProperty().get()).isFalse();
        pass(1);
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(20);
    }

    private void pass(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        idle.tick(true, IdleWatch.IDLE);
    }
}
