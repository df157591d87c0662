package cafe.console.bar;

import java.time.Duration;
import java.util.Objects;

/** When a ticket turns to the warning colour and when to the late colour (e.g. 3 and 5 minutes). */
public record AgeThresholds(Duration warnAfter, Duration lateAfter) {

    public static final AgeThresholds DEFAULT = new AgeThresholds(Duration.ofMinutes(3), Duration.ofMinutes(5));

    public AgeThresholds {
        Objects.requireNonNull(warnAfter, "warnAfter");
        Objects.requireNonNull(lateAfter, "lateAfter");
        if (warnAfter.isNegative() || lateAfter.compareTo(warnAfter) < 0) {
            throw new IllegalArgumentException("need 0 <= warnAfter <= lateAfter, got " + warnAfter + ", " + lateAfter);
        }
    }

    public AgeLevel levelOf(Duration age) {
        if (age.compareTo(lateAfter) >= 0) {
            return AgeLevel.LATE;
        }
        return age.compareTo(warnAfter) >= 0 ? AgeLevel.WARNING : AgeLevel.FRESH;
    }
}
