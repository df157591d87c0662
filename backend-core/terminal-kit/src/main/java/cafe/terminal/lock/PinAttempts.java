package cafe.terminal.lock;

import cafe.client.staff.StaffPin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the PINs typed at a locked kiosk: after {@link #TRIES} wrong ones in a row it refuses every
 * PIN, right or wrong, for {@link #LOCK_OUT}, so a PIN cannot be guessed by trying them all. Safe to
 * call from any thread; {@link #check} is slow (it hashes), so not from the JavaFX thread.
 */
public final class PinAttempts {

    public static final int TRIES = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(PinAttempts.class);

    /** What became of one typed PIN. */
    public sealed interface Outcome {
    }

    /** The right PIN: staff may leave. */
    public record Accepted() implements Outcome {
    }

    /** A wrong PIN; this many more before the lock-out. */
    public record Wrong(int triesLeft) implements Outcome {
    }

    /** Too many wrong PINs: nothing is checked until then. */
    public record LockedOut(Instant until) implements Outcome {
    }

    /** This kiosk has no staff PIN in its settings: it cannot be left from its screen. */
    public record NoPinSet() implements Outcome {
    }

    private final StaffPin pin;
    private final Clock clock;
    private int wrongInARow;
    /** Read without the lock: the pad asks on the JavaFX thread while a check hashes under it. */
    private volatile Instant lockedUntil = Instant.MIN;

    /** @param pin the staff PIN, or null when the settings have none */
    public PinAttempts(StaffPin pin, Clock clock) {
        this.pin = pin;
        this.clock = clock;
    }

    public synchronized Outcome check(char[] typed) {
        try {
            if (pin == null) {
                return new NoPinSet();
            }
            Optional<Instant> locked = lockedUntil();
            if (locked.isPresent()) {
                LOG.warn("Staff PIN typed during the lock-out; not checked");
                return new LockedOut(locked.get());
            }
            if (pin.matches(typed)) {
                wrongInARow = 0;
                LOG.info("Staff PIN accepted");
                return new Accepted();
            }
            return wrong();
        } finally {
            StaffPin.wipe(typed);
        }
    }

    /** Until when PINs are refused, if they are now. */
    public Optional<Instant> lockedUntil() {
        Instant until = lockedUntil;
        return clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    private Outcome wrong() {
        wrongInARow++;
        if (wrongInARow < TRIES) {
            LOG.warn("Wrong staff PIN ({} of {})", wrongInARow, TRIES);
            return new Wrong(TRIES - wrongInARow);
        }
        wrongInARow = 0;
        lockedUntil = clock.instant().plus(LOCK_OUT);
        LOG.warn("Wrong staff PIN {} times in a row: PINs refused until {}", TRIES, lockedUntil);
        return new LockedOut(lockedUntil);
    }
}
