package cafe.core.deadletter.domain;

import java.time.Instant;
import java.util.Objects;

/** How a staff member resolved a letter that waited for them, when, and in their words. */
public record Resolution(Kind kind, Instant at, String staffId, String staffName, String note) {

    /** Sent back once to the queue it failed on, or set aside for good. */
    public enum Kind { RETRIED, DISCARDED }

    public Resolution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(staffId, "staffId");
    }
}
