package cafe.core.deadletter.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An undelivered message as the store keeps it: {@code handledBy} names the compensating step that
 * made up for it, or is null when nothing did and staff must look at it.
 */
public record KeptLetter(UndeliveredMessage message, Instant keptAt, String handledBy) {

    public KeptLetter {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(keptAt, "keptAt");
    }

    public boolean waitsForStaff() {
        return handledBy == null;
    }
}
