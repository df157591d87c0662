package cafe.core.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated card network behaves: how long it takes to answer, how long the store waits
 * before giving up, and what share of ordinary cards it declines at random (0..1).
 */
public record GatewaySimulation(Duration latency, Duration timeout, double randomDeclineRate) {

    public GatewaySimulation {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(timeout, "timeout");
        if (latency.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("latency must be >= 0 and timeout > 0");
        }
        if (randomDeclineRate < 0 || randomDeclineRate > 1) {
            throw new IllegalArgumentException("randomDeclineRate must be within 0..1, was " + randomDeclineRate);
        }
    }

    /** Answers at once and never declines at random: for tests. */
    public static GatewaySimulation instant() {
        return new GatewaySimulation(Duration.ZERO, Duration.ofMillis(500), 0);
    }

    /** Like a counter terminal: under a second to answer, a 10 s time-out, 2% random declines. */
    public static GatewaySimulation counterLike() {
        return new GatewaySimulation(Duration.ofMillis(800), Duration.ofSeconds(10), 0.02);
    }
}
