package cafe.terminal.lock;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.staff.StaffPin;
import cafe.terminal.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PinAttemptsTest {

    private final MutableClock clock = MutableClock.at("2026-12-02T09:00:00Z");
    private final PinAttempts attempts = new PinAttempts(StaffPin.of("2468".toCharArray(), 1_000), clock);

    @Test
    void theRightPinIsAcceptedAndAWrongOneSaysHowManyTriesAreLeft() {
        assertThat(attempts.check("1111".toCharArray())).isEqualTo(new PinAttempts.Wrong(4));
        assertThat(attempts.check("2222".toCharArray())).isEqualTo(new PinAttempts.Wrong(3));
        assertThat(attempts.check("2468".toCharArray())).isEqualTo(new PinAttempts.Accepted());
    }

    @Test
    void theRightPinStartsTheCountAfresh() {
        attempts.check("1111".toCharArray());
        attempts.check("2468".toCharArray());

        assertThat(attempts.check("1111".toCharArray())).isEqualTo(new PinAttempts.Wrong(4));
    }

    @Test
    void fiveWrongPinsRefuseEveryPinEvenTheRightOneForFiveMinutes() {
        for (int i = 0; i < 4; i++) {
            attempts.check("0000".toCharArray());
        }
        PinAttempts.Outcome fifth = attempts.check("0000".toCharArray());

        var until = clock.instant().plus(PinAttempts.LOCK_OUT);
        assertThat(fifth).isEqualTo(new PinAttempts.LockedOut(until));
        assertThat(attempts.check("2468".toCharArray())).isEqualTo(new PinAttempts.LockedOut(until));
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(attempts.lockedUntil()).contains(until);
        assertThat(attempts.check("2468".toCharArray())).isEqualTo(new PinAttempts.LockedOut(until));

        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.lockedUntil()).isEmpty();
        assertThat(attempts.check("2468".toCharArray())).isEqualTo(new PinAttempts.Accepted());
    }

    @Test
    void afterALockOutTheCountStartsAgain() {
        for (int i = 0; i < PinAttempts.TRIES; i++) {
            attempts.check("0000".toCharArray());
        }
        clock.advance(PinAttempts.LOCK_OUT);

        assertThat(attempts.check("0000".toCharArray())).isEqualTo(new PinAttempts.Wrong(4));
    }

    @Test
    void withoutAPinNothingLeavesTheScreen() {
        PinAttempts none = new PinAttempts(null, clock);

        assertThat(none.check("2468".toCharArray())).isEqualTo(new PinAttempts.NoPinSet());
    }

    @Test
    void theTypedPinIsWipedOnceChecked() {
        char[] typed = "2468".toCharArray();

        attempts.check(typed);

        assertThat(typed).containsOnly('\0');
    }
}
