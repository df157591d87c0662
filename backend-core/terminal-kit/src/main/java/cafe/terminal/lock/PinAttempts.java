package cafe.terminal.lock;

import cafe.client.staff.PinTries;
import cafe.client.staff.StaffPin;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PINs typed at this locked screen, counted by {@link PinTries} in this program's memory alone:
 * wrong ones here hold back only this screen's pad, never another terminal's nor the back office's
 * sign-in. The owner's code, if the screen has one, leaves it even during a wait: it has at least
 * {@link #OWNER_CODE_DIGITS} digits, too many to guess at a pad, so nothing holds it back. Safe to
 * call from any thread; {@link #check} is slow (it hashes), so not from the JavaFX thread.
 */
public final class PinAttempts {

    public static final int OWNER_CODE_DIGITS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(PinAttempts.class);

    private final PinTries tries;
    private final StaffPin ownerCode;
    private final Clock clock;
    /** Read without the lock: the pad asks on the JavaFX thread while a check hashes under it. */
    private volatile Instant lockedUntil = Instant.MIN;

    /**
     * @param pin       the staff PIN, or null when the settings have none
     * @param ownerCode the owner's code, or null
     */
    public PinAttempts(StaffPin pin, StaffPin ownerCode, Clock clock) {
        this.tries = pin == null ? null : PinTries.of(pin);
        this.ownerCode = ownerCode;
        this.clock = clock;
    }

    /** Whether the screen can be left at its pad: it has a staff PIN, an owner's code, or both. */
    public boolean canBeLeft() {
        return tries != null || ownerCode != null;
    }

    /** Checks a PIN typed at the pad; only when {@link #canBeLeft()}. */
    public synchronized PinTries.Outcome check(char[] typed) {
        try {
            if (ownerCode != null && typed.length >= OWNER_CODE_DIGITS && ownerCode.matches(typed)) {
                LOG.info("The owner's code accepted");
                return new PinTries.Accepted();
            }
            if (tries == null) {
                LOG.warn("A wrong code typed at a screen the owner's code alone leaves");
                return new PinTries.Wrong(PinTries.TRIES);
            }
            Instant now = clock.instant();
            boolean waiting = tries.lockedUntil(now).isPresent();
            PinTries.Outcome outcome = tries.check(typed, now);
            lockedUntil = tries.lockedUntil(now).orElse(Instant.MIN);
            log(outcome, waiting);
            return outcome;
        } finally {
            StaffPin.wipe(typed);
        }
    }

    /** Until when PINs are refused, if they are now. */
    public Optional<Instant> lockedUntil() {
        Instant until = lockedUntil;
        return clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    private void log(PinTries.Outcome outcome, boolean waiting) {
        if (waiting) {
            LOG.warn("Staff PIN typed during the wait; not checked");
        } else if (outcome instanceof PinTries.Accepted) {
            LOG.info("Staff PIN accepted");
        } else if (outcome instanceof PinTries.Wrong) {
            LOG.warn("Wrong staff PIN ({} in a row)", tries.wrongInARow());
        } else {
            LOG.warn("Wrong staff PIN ({} in a row): PINs refused until {}", tries.wrongInARow(), lockedUntil);
        }
    }
}
