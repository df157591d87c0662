package cafe.core.platform.messaging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the embedded broker keeps its journal, users and certificates, where terminals reach it
 * (plain TCP on loopback at {@code port} for this PC's own terminals; TLS at
 * {@code bindHost:lanPort} for the LAN, or no LAN acceptor at all with {@link #NO_LAN}), how
 * long a payment request may wait before it goes stale, and how much free disk the broker keeps:
 * below {@code minDiskFreeBytes} it refuses new messages (the senders are told at once) until space returns.
 */
public record BrokerSettings(Path dataDir, String bindHost, int port, int lanPort, Duration paymentRequestExpiry,
                             long minDiskFreeBytes) {

    public static final Duration DEFAULT_PAYMENT_REQUEST_EXPIRY = Duration.ofMinutes(2);
    /** The {@code lanPort} of a broker only this PC reaches. */
    public static final int NO_LAN = 0;
    /** Room for the databases and logs to finish what they are doing once the broker stops taking messages. */
    public static final long DEFAULT_MIN_DISK_FREE_BYTES = 256L * 1024 * 1024;

    public BrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(paymentRequestExpiry, "paymentRequestExpiry");
        requirePort(port, "port");
        if (lanPort != NO_LAN) {
            requirePort(lanPort, "lanPort");
        }
        if (minDiskFreeBytes < 1) {
            throw new IllegalArgumentException("minDiskFreeBytes must be positive, was " + minDiskFreeBytes);
        }
    }

    /** A broker for this PC alone: plain TCP on loopback, no LAN acceptor. */
    public BrokerSettings(Path dataDir, String bindHost, int port) {
        this(dataDir, bindHost, port, NO_LAN, DEFAULT_PAYMENT_REQUEST_EXPIRY, DEFAULT_MIN_DISK_FREE_BYTES);
    }

    public boolean servesLan() {
        return lanPort != NO_LAN;
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " out of range: " + port);
        }
    }
}
