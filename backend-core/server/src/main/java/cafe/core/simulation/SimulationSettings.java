package cafe.core.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * How a simulation runs: how many kiosks order at once, how many baristas work the bar, how many
 * orders are placed in all, what share of orders first offer a card that is declined (the kiosk
 * then pays with another), how long a barista takes to make and to hand over an order, and how
 * long the whole run may take before the orders still open are reported as unfinished.
 */
public record SimulationSettings(int kiosks, int baristas, int orders, double declineShare, Duration prepTime,
                                 Duration deadline, long seed) {

    public SimulationSettings {
        Objects.requireNonNull(prepTime, "prepTime");
        Objects.requireNonNull(deadline, "deadline");
        if (kiosks < 1 || baristas < 1 || orders < 1) {
            throw new IllegalArgumentException("kiosks, baristas and orders must each be at least 1");
        }
        if (declineShare < 0 || declineShare > 1) {
            throw new IllegalArgumentException("declineShare must be within 0..1, was " + declineShare);
        }
        if (prepTime.isNegative() || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("prepTime must be >= 0 and deadline > 0");
        }
    }

    /** Three kiosks, two baristas, 50 orders, one in ten first declined, no preparation time. */
    public static SimulationSettings standard() {
        return new SimulationSettings(3, 2, 50, 0.1, Duration.ZERO, Duration.ofMinutes(10), System.nanoTime());
    }
}
