package cafe.core.platform.persistence;

import cafe.contract.wire.TimeOrderedIds;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.OutboundEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes events as outbox rows in the caller's transaction; the relay publishes them after commit.
 * Rows are numbered here, not by SQLite: transactions on one database take turns, so the numbers
 * follow the order of commits, and Hibernate need not read each generated key back (a second
 * statement per event). A rolled-back transaction leaves a gap, which nothing minds. The row is a
 * plain INSERT on the transaction's connection, not an entity: nothing reads it back before commit,
 * and after it the relay takes the rows from memory ({@link OutboxStore#whenCommitted}). Where other
 * servers share the database, the last number is read again in each transaction, which holds the
 * turn among servers ({@link ServerTurns}), so the numbers still follow the order of commits.
 */
final class HibernateEventOutbox implements EventOutbox {

    private static final long UNKNOWN = -1;

    private final HibernateTransactions transactions;
    private final ObjectMapper json;
    private final Clock clock;
    private final AtomicLong lastSeq = new AtomicLong(UNKNOWN);

    HibernateEventOutbox(HibernateTransactions transactions, ObjectMapper json, Clock clock) {
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void append(OutboundEvent event) {
        String body;
        try {
            body = json.writeValueAsString(event.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event.type(), e);
        }
        var row = new OutboxRecord(nextSeq(), TimeOrderedIds.next(), event.address(), event.type(),
                event.orderId(), body, clock.instant());
        PlainStatements.update(transactions.currentSession(), "INSERT INTO outbox (seq, event_id, address, type,"
                        + " order_id, body, occurred_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row.seq(), row.eventId(), row.address(), row.type(), row.orderId(), row.body(), row.occurredAt(),
                row.occurredAt());
        transactions.eventAppended(row);
    }

    private long nextSeq() {
        if (lastSeq.get() == UNKNOWN || transactions.othersMayHaveWritten()) {
            lastSeq.set(transactions.currentSession()
                    .createSelectionQuery("select coalesce(max(seq), 0) from OutboxRecord", Long.class)
                    .getSingleResult());
        }
        return lastSeq.incrementAndGet();
    }
}
