package cafe.core.deadletter.adapter.persistence;

import cafe.core.deadletter.domain.Resolution;
import cafe.core.deadletter.domain.UndeliveredMessage.Fate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The row of one kept letter; mapped from the domain by {@link HibernateDeadLetterBook}. */
@Entity
@Table(name = "dead_letter")
class DeadLetterEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "message_id")
    String messageId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Fate fate;
    @Column(name = "original_queue")
    String originalQueue;
    String type;
    @Column(name = "event_id")
    String eventId;
    @Column(name = "order_id")
    String orderId;
    String body;
    @Column(name = "kept_at", nullable = false)
    Instant keptAt;
    @Column(name = "handled_by")
    String handledBy;
    @Column(name = "resolved_at")
    Instant resolvedAt;
    @Column(name = "original_address")
    String originalAddress;
    Integer deliveries;
    @Enumerated(EnumType.STRING)
    Resolution.Kind resolution;
    @Column(name = "resolved_by")
    String resolvedBy;
    @Column(name = "resolved_by_name")
    String resolvedByName;
    @Column(name = "resolution_note")
    String resolutionNote;

    protected DeadLetterEntity() {
    }
}
