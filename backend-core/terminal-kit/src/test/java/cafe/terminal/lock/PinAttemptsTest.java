package cafe.terminal.lock;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.staff.PinTries;
import cafe.client.staff.StaffPin;
import cafe.terminal.testing.MutableClock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PinAttemptsTest {

    private final MutableClock clock = MutableClock.at("2026-12-02T09:00:00Z");
    private final PinAttempts attempts = new PinAttempts(StaffPin.of("2468".toCharArray(), 1_000),
            StaffPin.of("2024122599".toCharArray(), 1_000), clock);

    @Test
    void theRightPinIsAcceptedAndAWrongOneSaysHowManyTriesAreLeft() {
        assertThat(attempts.check("1111".toCharArray())).isEqualTo(new PinTries.Wrong(4));
        assertThat(attempts.check("2222".toCharArray())).isEqualTo(new PinTries.Wrong(3));
        assertThat(attempts.check("2468".toCharArray())).isEqualTo(new PinTries.Accepted());
    }

    @Test
    void theFifthWrongPinHoldsThePadBackForThirtySeconds() {
        for (int i = 0; i < PinTries.TRIES; i++) {
            attempts.check("0000".toCharArray());
        }

        var until = clock.instant().plus(PinTries.FIRST_WAIT);
        assertThat(attempts.lockedUntil()).contains(until);
        assertThat(attempts.check("2468".toCharArray())).isEqualTo(new PinTries.LockedOut(until));
        clock.advance(PinTries.FIRST_WAIT);
        assertThat(attempts.lockedUntil()).isEmpty();
        assertThat(attempts.check("2468".toCharArray())).isEqualTo(new PinTries.Accepted());
    }

    @Test
    void theOwnersCodeIsAcceptedEvenDuringAWaitAndAWrongOneThenIsNotCounted() {
        for (int i = 0; i < PinTries.TRIES; i++) {
            attempts.check("0000".toCharArray());
        }
        var until = clock.instant().plus(PinTries.FIRST_WAIT);

        assertThat(attempts.check("2024122598".toCharArray())).isEqualTo(new PinTries.LockedOut(until));
        assertThat(attempts.check("2024122599".toCharArray())).isEqualTo(new PinTries.Accepted());
        assertThat(attempts.lockedUntil()).as("the staff PIN's wait goes on").contains(until);
    }

    @Test
    void withoutAPinNothingLeavesTheScreen() {
        assertThat(new PinAttempts(null, null, clock).canBeLeft()).isFalse();
        assertThat(attempts.canBeLeft()).isTrue();
    }

    @Test
    void aScreenWithTheOwnersCodeAloneIsLeftWithItAndNothingElse() {
        PinAttempts ownerOnly = new PinAttempts(null, StaffPin.of("2024122599".toCharArray(), 1_000), clock);

        assertThat(ownerOnly.canBeLeft()).isTrue();
        assertThat(ownerOnly.check("2468".toCharArray())).isInstanceOf(PinTries.Wrong.class);
        assertThat(ownerOnly.check("2024122599".toCharArray())).isEqualTo(new PinTries.Accepted());
    }

    @Test
    void theTypedPinIsWipedOnceChecked() {
        char[] typed = "2468".toCharArray();

        attempts.check(typed);

        assertThat(typed).containsOnly('\0');
    }

    @Test
    void theLockOutReadsAtOnceWhileAPinIsBeingChecked() throws Exception {
        // check holds the attempts' monitor while it hashes (a few hundred ms with the real iterations);
        // the pad asks lockedUntil on the JavaFX thread as it opens
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        Thread pinCheck = new Thread(() -> {
            synchronized (attempts) {
                checking.countDown();
                awaitQuietly(checked);
            }
        });
        pinCheck.start();
        checking.await();
        try {
            assertThat(CompletableFuture.supplyAsync(attempts::lockedUntil).get(10, TimeUnit.SECONDS)).isEmpty();
        } finally {
            checked.countDown();
            pinCheck.join();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
