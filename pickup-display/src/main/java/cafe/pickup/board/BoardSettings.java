package cafe.pickup.board;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the board behaves over a day: how long an uncollected ready number stays up, how often the
 * display re-reads the whole board as a safety net, how soon it retries a failed read, and the
 * time zone of the clock in the corner.
 */
public record BoardSettings(Duration readyTimeout, Duration resyncEvery, Duration retryAfter, ZoneId zone) {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(10);

    public BoardSettings {
        requirePositive(readyTimeout, "readyTimeout");
        requirePositive(resyncEvery, "resyncEvery");
        requirePositive(retryAfter, "retryAfter");
        Objects.requireNonNull(zone, "zone");
    }

    public static BoardSettings defaults() {
        return new BoardSettings(DEFAULT_READY_TIMEOUT, Duration.ofMinutes(1), Duration.ofSeconds(5),
                ZoneId.systemDefault());
    }

    public BoardSettings withReadyTimeout(Duration timeout) {
        return new BoardSettings(timeout, resyncEvery, retryAfter, zone);
    }

    public BoardSettings withZone(ZoneId newZone) {
        return new BoardSettings(readyTimeout, resyncEvery, retryAfter, newZone);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
