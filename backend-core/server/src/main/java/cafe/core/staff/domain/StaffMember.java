package cafe.core.staff.domain;

import cafe.client.staff.StaffPin;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone who may sign in at the manager screen. After {@link #TRIES} wrong PINs in a row no PIN
 * is checked for {@link #LOCK_OUT}, so a PIN cannot be found by trying them all.
 */
public final class StaffMember {

    public static final int TRIES = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(5);

    private final String id;
    private final String name;
    private final StaffPin pin;
    private int wrongInARow;
    private Instant lockedUntil;

    public StaffMember(String id, String name, StaffPin pin, int wrongInARow, Instant lockedUntil) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.pin = Objects.requireNonNull(pin, "pin");
        this.wrongInARow = wrongInARow;
        this.lockedUntil = lockedUntil;
    }

    /** Checks a typed PIN (slowly, by design) unless locked out, and counts a wrong one. */
    public SignInOutcome signIn(char[] typed, Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return new SignInOutcome.LockedOut(lockedUntil);
        }
        if (pin.matches(typed)) {
            wrongInARow = 0;
            lockedUntil = null;
            return new SignInOutcome.Accepted();
        }
        wrongInARow++;
        if (wrongInARow < TRIES) {
            return new SignInOutcome.Wrong(TRIES - wrongInARow);
        }
        wrongInARow = 0;
        lockedUntil = now.plus(LOCK_OUT);
        return new SignInOutcome.LockedOut(lockedUntil);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public StaffPin pin() {
        return pin;
    }

    public int wrongInARow() {
        return wrongInARow;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
