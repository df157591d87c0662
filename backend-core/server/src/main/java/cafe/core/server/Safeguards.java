package cafe.core.server;

import cafe.core.platform.messaging.BrokerSettings;

/**
 * How the store guards its disk: below {@code minDiskFreeBytes} of free space the broker refuses
 * new messages (kiosks are told the store cannot take orders right now) until space returns.
 */
public record Safeguards(long minDiskFreeBytes) {

    public Safeguards {
        if (minDiskFreeBytes < 1) {
            throw new IllegalArgumentException("minDiskFreeBytes must be positive, was " + minDiskFreeBytes);
        }
    }

    /** What a store runs with. */
    public static Safeguards standard() {
        return new Safeguards(BrokerSettings.DEFAULT_MIN_DISK_FREE_BYTES);
    }

    public Safeguards withMinDiskFreeBytes(long bytes) {
        return new Safeguards(bytes);
    }
}
