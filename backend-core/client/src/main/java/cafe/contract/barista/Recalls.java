package cafe.contract.barista;

import java.time.Duration;

/**
 * Which bumps a barista may undo: those made in the last {@link #WINDOW}, and of those the
 * {@link #DEPTH} newest. The store refuses older ones; consoles list no more than it would take.
 */
public final class Recalls {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int DEPTH = 10;

    private Recalls() {
    }
}
