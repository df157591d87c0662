package cafe.contract.desk;

import java.time.Instant;

/**
 * A message the broker gave up on, as the dead-letter office keeps it. {@code fate} DEAD (after
 * {@code deliveries} failed deliveries) or EXPIRED; {@code handledBy} names the step that made up for
 * it (null: it waits for staff); {@code resolution} RETRIED or DISCARDED once staff acted, with
 * who, when and their note. {@code failedAgain}: a retried message died again (kept as a new one).
 */
public record FailedMessage(long id, String fate, String originalQueue, String type, String orderId,
                            String eventId, Instant keptAt, int deliveries, String handledBy, String body,
                            String resolution, Instant resolvedAt, String resolvedBy, String note,
                            boolean failedAgain) {

    public boolean waitsForStaff() {
        return handledBy == null && resolution == null;
    }
}
