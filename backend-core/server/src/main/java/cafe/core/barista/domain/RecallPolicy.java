package cafe.core.barista.domain;

import cafe.contract.barista.Recalls;
import java.time.Duration;
import java.time.Instant;

/**
 * Which bumps a barista may still undo: those made within the {@code window} (15 minutes in a
 * normal store), and of those only the {@code limit} newest (10), the ones a console lists.
 */
public record RecallPolicy(Duration window, int limit) {

    public RecallPolicy {
        if (window.isNegative() || limit < 1) {
            throw new IllegalArgumentException("window must be >= 0 and limit >= 1");
        }
    }

    public static RecallPolicy standard() {
        return new RecallPolicy(Recalls.WINDOW, Recalls.DEPTH);
    }

    /** The oldest bump that can still be undone at {@code now}. */
    public Instant oldestBumpAt(Instant now) {
        return now.minus(window);
    }
}
