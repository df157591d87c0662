package cafe.core.staff.domain;

import java.time.Instant;

/** What came of one PIN typed at the manager screen. */
public sealed interface SignInOutcome {

    /** The member's PIN. */
    record Accepted() implements SignInOutcome {
    }

    /** Not the member's PIN; this many more before the lock-out. */
    record Wrong(int triesLeft) implements SignInOutcome {
    }

    /** Too many wrong PINs: none is checked before {@code until}. */
    record LockedOut(Instant until) implements SignInOutcome {
    }
}
