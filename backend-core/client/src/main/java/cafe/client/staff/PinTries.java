package cafe.client.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A staff PIN and the wrong PINs typed at it in a row. The first {@link #TRIES} - 1 cost nothing;
 * from the {@link #TRIES}th on each makes the next PIN wait, {@link #FIRST_WAIT} at first and twice as
 * long each time up to {@link #LONGEST_WAIT}: a slip or a prank costs staff seconds, while trying every
 * PIN takes weeks. No PIN, not even the right one, is checked during a wait, and the right one starts
 * the count afresh, as does {@link #FORGOTTEN_AFTER} without a wrong one. Not thread-safe.
 */
public final class PinTries {

    public static final int TRIES = 5;
    public static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    public static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    /** What came of one typed PIN. */
    public sealed interface Outcome {
    }

    /** The right PIN. */
    public record Accepted() implements Outcome {
    }

    /** A wrong PIN; this many more before one makes the next wait. */
    public record Wrong(int triesLeft) implements Outcome {
    }

    /** Too many wrong PINs: none is checked before {@code until}. */
    public record LockedOut(Instant until) implements Outcome {
    }

    private final StaffPin pin;
    private int wrongInARow;
    private Instant lastWrong;

    /** @param lastWrong when the last wrong PIN came, or null if none did */
    public PinTries(StaffPin pin, int wrongInARow, Instant lastWrong) {
        this.pin = Objects.requireNonNull(pin, "pin");
        this.wrongInARow = wrongInARow;
        this.lastWrong = lastWrong;
    }

    /** A PIN nobody has typed wrong yet. */
    public static PinTries of(StaffPin pin) {
        return new PinTries(pin, 0, null);
    }

    /** Checks a typed PIN (slowly, by design) unless a wait is on, and counts a wrong one. */
    public Outcome check(char[] typed, Instant now) {
        if (lastWrong != null && lastWrong.isAfter(now)) {
            lastWrong = now; // the clock was set back: the wait counts from now, not from a time still to come
        }
        Optional<Instant> waiting = lockedUntil(now);
        if (waiting.isPresent()) {
            return new LockedOut(waiting.get());
        }
        if (pin.matches(typed)) {
            wrongInARow = 0;
            lastWrong = null;
            return new Accepted();
        }
        wrongInARow = forgotten(now) ? 1 : wrongInARow + 1;
        lastWrong = now;
        return lockedUntil(now).<Outcome>map(LockedOut::new).orElseGet(() -> new Wrong(TRIES - wrongInARow));
    }

    /** Until when no PIN is checked, if that is after {@code now}. */
    public Optional<Instant> lockedUntil(Instant now) {
        if (wrongInARow < TRIES || lastWrong == null) {
            return Optional.empty();
        }
        Instant until = lastWrong.plus(waitAfter(wrongInARow));
        return now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /**
     * How things stand at {@code now}, as a wrong PIN's refusal tells it: the wait, or the tries left.
     * Once a wait has passed, the next wrong PIN starts another: one try left, as after the fourth.
     */
    public Outcome standing(Instant now) {
        int inARow = forgotten(now) ? 0 : wrongInARow;
        return lockedUntil(now).<Outcome>map(LockedOut::new).orElseGet(() -> new Wrong(Math.max(1, TRIES - inARow)));
    }

    public StaffPin pin() {
        return pin;
    }

    public int wrongInARow() {
        return wrongInARow;
    }

    /** When the last wrong PIN came, or null. */
    public Instant lastWrong() {
        return lastWrong;
    }

    private boolean forgotten(Instant now) {
        return lastWrong != null && !now.isBefore(lastWrong.plus(FORGOTTEN_AFTER));
    }

    /** The wait the {@code wrong}th wrong PIN in a row imposes ({@code wrong} at least {@link #TRIES}). */
    private static Duration waitAfter(int wrong) {
        int doublings = Math.min(wrong - TRIES, 16);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
    }
}
