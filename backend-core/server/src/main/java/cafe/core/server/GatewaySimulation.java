package cafe.core.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated card network behaves and how the store treats it: how long it takes to answer,
 * how long the store waits before giving up, what share of ordinary cards it declines at random
 * (0..1), and how long card payments stay declined as unavailable once it failed every recent call.
 */
public record GatewaySimulation(Duration latency, Duration timeout, double randomDeclineRate,
                                Duration breakerOpenFor) {

    public static final Duration DEFAULT_BREAKER_OPEN_FOR = Duration.ofSeconds(15);

    public GatewaySimulation {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
        if (latency.isNegative() || timeout.isNegative() || timeout.isZero() || breakerOpenFor.isNegative()) {
            throw new IllegalArgumentException("latency and breakerOpenFor must be >= 0 and timeout > 0");
        }
        if (randomDeclineRate < 0 || randomDeclineRate > 1) {
            throw new IllegalArgumentException("randomDeclineRate must be within 0..1, was " + randomDeclineRate);
        }
    }

    public GatewaySimulation(Duration latency, Duration timeout, double randomDeclineRate) {
        this(latency, timeout, randomDeclineRate, DEFAULT_BREAKER_OPEN_FOR);
    }

    /** Answers at once and never declines at random: for tests, which also see a down network retried soon. */
    public static GatewaySimulation instant() {
        return new GatewaySimulation(Duration.ZERO, Duration.ofMillis(500), 0, Duration.ofSeconds(1));
    }

    /** Like a counter terminal: under a second to answer, a 10 s time-out, 2% random declines. */
    public static GatewaySimulation counterLike() {
        return new GatewaySimulation(Duration.ofMillis(800), Duration.ofSeconds(10), 0.02);
    }
}
