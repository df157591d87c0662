package cafe.core.platform.messaging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the embedded broker keeps its journal and users, where terminals reach it, and how long a
 * payment request may wait before it goes stale.
 */
public record BrokerSettings(Path dataDir, String bindHost, int port, Duration paymentRequestExpiry) {

    public static final Duration DEFAULT_PAYMENT_REQUEST_EXPIRY = Duration.ofMinutes(2);

    public BrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(paymentRequestExpiry, "paymentRequestExpiry");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public BrokerSettings(Path dataDir, String bindHost, int port) {
        this(dataDir, bindHost, port, DEFAULT_PAYMENT_REQUEST_EXPIRY);
    }
}
