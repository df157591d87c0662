package cafe.core.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An inbound event a consumer has already applied. Written in the same transaction as the event's
 * effect, so a redelivered copy finds it and is skipped. {@link ProcessedMessages} writes and finds
 * the rows with plain statements; the mapping serves the retention's bulk delete.
 */
@Entity
@Table(name = "processed_message")
public class ProcessedMessage {

    /** Which consumer (its queue) handled which event. */
    @Embeddable
    public record Key(@Column(name = "consumer") String consumer, @Column(name = "event_id") String eventId) {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedMessage() {
    }
}
