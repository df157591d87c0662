package cafe.client.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.staff.PinTries.Accepted;
import cafe.client.staff.PinTries.LockedOut;
import cafe.client.staff.PinTries.Wrong;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PinTriesTest {

    private static final Instant NINE = Instant.parse("2026-12-02T00:00:00Z");

    private final PinTries tries = PinTries.of(StaffPin.of("2468".toCharArray(), 1_000));

    @Test
    void fourWrongPinsCostNothingAndSayHowManyAreLeft() {
        for (int left = 4; left >= 1; left--) {
            assertThat(tries.check("1111".toCharArray(), NINE)).isEqualTo(new Wrong(left));
        }
        assertThat(tries.check("2468".toCharArray(), NINE)).isEqualTo(new Accepted());
        assertThat(tries.check("1111".toCharArray(), NINE)).as("the right PIN starts afresh").isEqualTo(new Wrong(4));
    }

    @Test
    void aClockSetBackAnHourDuringAWaitMakesItNoLonger() {
        wrongPins(5, NINE);
        Instant setBack = NINE.minus(Duration.ofHours(1));

        assertThat(tries.check("2468".toCharArray(), setBack)).isEqualTo(new LockedOut(setBack.plusSeconds(30)));
        assertThat(tries.check("2468".toCharArray(), setBack.plusSeconds(30))).isEqualTo(new Accepted());
    }

    @Test
    void theFifthWrongPinMakesTheNextWaitThirtySecondsEvenTheRightOne() {
        wrongPins(4, NINE);

        Instant until = NINE.plusSeconds(30);
        assertThat(tries.check("1111".toCharArray(), NINE)).isEqualTo(new LockedOut(until));
        assertThat(tries.check("2468".toCharArray(), NINE.plusSeconds(29))).isEqualTo(new LockedOut(until));
        assertThat(tries.lockedUntil(NINE.plusSeconds(29))).contains(until);

        assertThat(tries.lockedUntil(until)).isEmpty();
        assertThat(tries.check("2468".toCharArray(), until)).isEqualTo(new Accepted());
    }

    @Test
    void eachWrongPinAfterAWaitDoublesTheNextUpToFiveMinutes() {
        wrongPins(4, NINE);
        Instant now = NINE;
        for (int seconds : new int[] {30, 60, 120, 240, 300, 300}) {
            PinTries.Outcome wrong = tries.check("1111".toCharArray(), now);
            assertThat(wrong).isEqualTo(new LockedOut(now.plusSeconds(seconds)));
            now = now.plusSeconds(seconds);
        }
    }

    @Test
    void aPinTypedDuringAWaitIsNotCounted() {
        wrongPins(5, NINE);
        tries.check("1111".toCharArray(), NINE.plusSeconds(10));

        assertThat(tries.check("1111".toCharArray(), NINE.plusSeconds(30)))
                .as("the sixth, not the seventh").isEqualTo(new LockedOut(NINE.plusSeconds(90)));
    }

    @Test
    void aQuietHourForgetsTheWrongPins() {
        wrongPins(8, NINE);
        Instant later = tries.lastWrong().plus(PinTries.FORGOTTEN_AFTER);

        assertThat(tries.standing(later)).isEqualTo(new Wrong(5));
        assertThat(tries.check("1111".toCharArray(), later)).isEqualTo(new Wrong(4));
    }

    @Test
    void theStandingTellsTheWaitOrTheTriesLeftWithoutCounting() {
        wrongPins(2, NINE);
        assertThat(tries.standing(NINE)).isEqualTo(new Wrong(3));
        assertThat(tries.standing(NINE)).isEqualTo(new Wrong(3));

        wrongPins(3, NINE);
        assertThat(tries.standing(NINE.plusSeconds(1))).isEqualTo(new LockedOut(NINE.plusSeconds(30)));
        assertThat(tries.wrongInARow()).isEqualTo(5);
    }

    @Test
    void onceAWaitHasPassedTheStandingIsOneTryLeftForTheNextWrongPinStartsAnother() {
        wrongPins(6, NINE);
        Instant waitOver = tries.lockedUntil(NINE).orElseThrow();

        assertThat(tries.standing(waitOver)).isEqualTo(new Wrong(1));
        assertThat(tries.check("1111".toCharArray(), waitOver)).isInstanceOf(LockedOut.class);
    }

    /** Wrong PINs at {@code at}, each after the wait the one before made (so every one is counted). */
    private void wrongPins(int count, Instant at) {
        for (int i = 0; i < count; i++) {
            Instant when = tries.lockedUntil(at).orElse(at);
            tries.check("0000".toCharArray(), when);
        }
    }
}
