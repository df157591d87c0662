package cafe.core.staff.domain;

import cafe.client.staff.PinTries;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone who may sign in at the manager screen, and the wrong PINs typed for them: from the fifth
 * in a row each makes the next wait longer ({@link PinTries}), so a PIN cannot be found by trying
 * them all.
 */
public final class StaffMember {

    private final String id;
    private final String name;
    private final PinTries tries;

    public StaffMember(String id, String name, PinTries tries) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.tries = Objects.requireNonNull(tries, "tries");
    }

    /** Checks a typed PIN (slowly, by design) unless a wait is on, and counts a wrong one. */
    public PinTries.Outcome signIn(char[] typed, Instant now) {
        return tries.check(typed, now);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PinTries tries() {
        return tries;
    }
}
