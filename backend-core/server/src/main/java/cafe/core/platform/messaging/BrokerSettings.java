package cafe.core.platform.messaging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the embedded broker keeps its journal and users, where terminals reach it, how long a
 * payment request may wait before it goes stale, and how much free disk the broker keeps: below
 * {@code minDiskFreeBytes} it refuses new messages (the senders are told at once) until space returns.
 */
public record BrokerSettings(Path dataDir, String bindHost, int port, Duration paymentRequestExpiry,
                             long minDiskFreeBytes) {

    public static final Duration DEFAULT_PAYMENT_REQUEST_EXPIRY = Duration.ofMinutes(2);
    /** Room for the databases and logs to finish what they are doing once the broker stops taking messages. */
    public static final long DEFAULT_MIN_DISK_FREE_BYTES = 256L * 1024 * 1024;

    public BrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(paymentRequestExpiry, "paymentRequestExpiry");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (minDiskFreeBytes < 1) {
            throw new IllegalArgumentException("minDiskFreeBytes must be positive, was " + minDiskFreeBytes);
        }
    }

    public BrokerSettings(Path dataDir, String bindHost, int port) {
        this(dataDir, bindHost, port, DEFAULT_PAYMENT_REQUEST_EXPIRY, DEFAULT_MIN_DISK_FREE_BYTES);
    }
}
