package cafe.core.payment.adapter.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated card network behaves: how long it takes to answer, how long the store waits
 * for an answer before giving up, and what share of ordinary cards it declines at random.
 */
public record SimulatedGatewaySettings(Duration latency, Duration timeout, double declineRate) {

    public SimulatedGatewaySettings {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(timeout, "timeout");
        if (latency.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("latency must be >= 0 and timeout > 0");
        }
        if (declineRate < 0 || declineRate > 1) {
            throw new IllegalArgumentException("declineRate must be within 0..1, was " + declineRate);
        }
    }

    /** A network that answers at once, never declines at random and gives up after 200 ms. */
    public static SimulatedGatewaySettings instant() {
        return new SimulatedGatewaySettings(Duration.ZERO, Duration.ofMillis(200), 0);
    }

    /** Like a real counter terminal: about a second to answer, a 10 second time-out, 5% random declines. */
    public static SimulatedGatewaySettings realistic() {
        return new SimulatedGatewaySettings(Duration.ofMillis(900), Duration.ofSeconds(10), 0.05);
    }
}
