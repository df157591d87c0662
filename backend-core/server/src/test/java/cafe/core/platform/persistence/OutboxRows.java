package cafe.core.platform.persistence;

import java.time.Instant;

/** Outbox rows as a commit hands them over, for tests of what relays them. */
public final class OutboxRows {

    private OutboxRows() {
    }

    public static OutboxRecord row(long seq, String address) {
        return new OutboxRecord(seq, "event-" + seq, address, "Counted", "order-" + seq, "{}", Instant.EPOCH);
    }
}
