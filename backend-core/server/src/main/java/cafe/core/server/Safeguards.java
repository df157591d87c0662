package cafe.core.server;

import cafe.core.platform.messaging.BrokerSettings;
import cafe.core.platform.persistence.Retention;
import java.time.Duration;
import java.util.Objects;

/**
 * How the store guards its disk, its customers' data and its books: below {@code minDiskFreeBytes}
 * of free space the broker refuses new messages (kiosks are told the store cannot take orders right
 * now) until space returns; the {@link Retention} says how soon published events (payment requests
 * carry card tokens) and processed-message records are removed; a declined order nobody came back
 * to for {@code abandonedOrdersAfter} is closed.
 */
public record Safeguards(long minDiskFreeBytes, Retention retention, Duration abandonedOrdersAfter) {

    public static final Duration DEFAULT_ABANDONED_ORDERS_AFTER = Duration.ofMinutes(15);

    public Safeguards {
        if (minDiskFreeBytes < 1) {
            throw new IllegalArgumentException("minDiskFreeBytes must be positive, was " + minDiskFreeBytes);
        }
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(abandonedOrdersAfter, "abandonedOrdersAfter");
    }

    /** What a store runs with. */
    public static Safeguards standard() {
        return new Safeguards(BrokerSettings.DEFAULT_MIN_DISK_FREE_BYTES, Retention.standard(),
                DEFAULT_ABANDONED_ORDERS_AFTER);
    }

    public Safeguards withMinDiskFreeBytes(long bytes) {
        return new Safeguards(bytes, retention, abandonedOrdersAfter);
    }

    public Safeguards withRetention(Retention newRetention) {
        return new Safeguards(minDiskFreeBytes, newRetention, abandonedOrdersAfter);
    }

    public Safeguards withAbandonedOrdersAfter(Duration after) {
        return new Safeguards(minDiskFreeBytes, retention, after);
    }
}
