package cafe.core.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event waiting in (or already relayed from) a context's outbox. {@code seq} keeps the order in
 * which the events were written ({@link HibernateEventOutbox} numbers them); {@code eventId} becomes
 * the broker's duplicate-detection id.
 */
@Entity
@Table(name = "outbox")
public class OutboxRecord {

    @Id
    private Long seq;
    @Column(name = "event_id", nullable = false, unique = true)
    private String eventId;
    @Column(nullable = false)
    private String address;
    @Column(nullable = false)
    private String type;
    @Column(name = "order_id")
    private String orderId;
    @Column(nullable = false)
    private String body;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(nullable = false)
    private boolean published;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxRecord() {
    }

    OutboxRecord(long seq, String eventId, String address, String type, String orderId, String body,
                 Instant occurredAt) {
        this.seq = seq;
        this.eventId = eventId;
        this.address = address;
        this.type = type;
        this.orderId = orderId;
        this.body = body;
        this.occurredAt = occurredAt;
        this.nextAttemptAt = occurredAt;
    }

    /** A row as stored and not yet published, with its failed attempts and when it may go next. */
    static OutboxRecord unpublished(long seq, String eventId, String address, String type, String orderId,
                                    String body, Instant occurredAt, int attempts, Instant nextAttemptAt) {
        OutboxRecord row = new OutboxRecord(seq, eventId, address, type, orderId, body, occurredAt);
        row.attempts = attempts;
        row.nextAttemptAt = nextAttemptAt;
        return row;
    }

    void markFailedAttempt(Instant retryAt) {
        attempts++;
        nextAttemptAt = retryAt;
    }

    public Long seq() {
        return seq;
    }

    public String eventId() {
        return eventId;
    }

    public String address() {
        return address;
    }

    public String type() {
        return type;
    }

    public String orderId() {
        return orderId;
    }

    public String body() {
        return body;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public int attempts() {
        return attempts;
    }

    /** Whether a failed attempt still waits to be tried again at {@code now}. */
    boolean waitsAt(Instant now) {
        return nextAttemptAt.isAfter(now);
    }
}
