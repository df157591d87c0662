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
        return transactions.currentSession().find(ProcessedMessage.class,
                new ProcessedMessage.Key(consumer, eventId)) != null;
    }

    /**
     * Records the event as applied by this consumer in the current transaction. Returns false when
     * it already was, so the caller skips the effect. Transactions on one database take turns, so
     * checking before inserting cannot race; the primary key still guards it.
     */
    public boolean markProcessed(String consumer, String eventId) {
        var session = transactions.currentSession();
        ProcessedMessage.Key key = new ProcessedMessage.Key(consumer, eventId);
        if (session.find(ProcessedMessage.class, key) != null) {
            return false;
        }
        session.persist(new ProcessedMessage(key, clock.instant()));
        return true;
    }

    /** Forgets the events processed before the instant; returns how many. Call inside a transaction. */
    public int forgetBefore(Instant before) {
        return transactions.currentSession()
                .createMutationQuery("delete from ProcessedMessage where processedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
