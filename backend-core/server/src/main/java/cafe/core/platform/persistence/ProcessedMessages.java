package cafe.core.platform.persistence;

import java.time.Clock;
import java.time.Instant;

/** The idempotent consumers' ledger: which consumer already applied which event. */
public final class ProcessedMessages {

    private final HibernateTransactions transactions;
    private final Clock clock;

    ProcessedMessages(HibernateTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** True when this consumer already applied the event. Call inside a transaction. */
    public boolean wasProcessed(String consumer, String eventId) {
        return PlainStatements.exists(transactions.currentSession(),
                "SELECT 1 FROM processed_message WHERE consumer = ? AND event_id = ?", consumer, eventId);
    }

    /**
     * Records the event as applied by this consumer in the current transaction. Returns false when
     * it already was, so the caller skips the effect: the primary key (consumer, event_id) decides,
     * in one statement.
     */
    public boolean markProcessed(String consumer, String eventId) {
        return PlainStatements.update(transactions.currentSession(),
                "INSERT INTO processed_message (consumer, event_id, processed_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (consumer, event_id) DO NOTHING",
                consumer, eventId, clock.instant()) == 1;
    }

    /** Forgets the events processed before the instant; returns how many. Call inside a transaction. */
    public int forgetBefore(Instant before) {
        return transactions.currentSession()
                .createMutationQuery("delete from ProcessedMessage where processedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
