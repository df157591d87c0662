package cafe.core.server;

import cafe.core.platform.messaging.BrokerSettings;
import cafe.core.platform.persistence.Retention;
import java.util.Objects;

/**
 * How the store guards its disk and its customers' data: below {@code minDiskFreeBytes} of free
 * space the broker refuses new messages (kiosks are told the store cannot take orders right now)
 * until space returns; the {@link Retention} says how soon published events (payment requests carry
 * card tokens) and processed-message records are removed.
 */
public record Safeguards(long minDiskFreeBytes, Retention retention) {

    public Safeguards {
        if (minDiskFreeBytes < 1) {
            throw new IllegalArgumentException("minDiskFreeBytes must be positive, was " + minDiskFreeBytes);
        }
        Objects.requireNonNull(retention, "retention");
    }

    /** What a store runs with. */
    public static Safeguards standard() {
        return new Safeguards(BrokerSettings.DEFAULT_MIN_DISK_FREE_BYTES, Retention.standard());
    }

    public Safeguards withMinDiskFreeBytes(long bytes) {
        return new Safeguards(bytes, retention);
    }

    public Safeguards withRetention(Retention newRetention) {
        return new Safeguards(minDiskFreeBytes, newRetention);
    }
}
