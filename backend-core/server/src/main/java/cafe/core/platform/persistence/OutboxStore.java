package cafe.core.platform.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;

/** What the relay needs of the outbox: the rows due now, and recording how sending them went. */
public final class OutboxStore {

    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);
    /** Flags are 0/1 integers in every database, as Hibernate maps the entities' booleans. */
    private static final int PUBLISHED = 1;
    private static final int UNPUBLISHED = 0;

    private final HibernateTransactions transactions;
    private final Optional<RelayLease> lease;

    OutboxStore(HibernateTransactions transactions, Optional<RelayLease> lease) {
        this.transactions = transactions;
        this.lease = lease;
    }

    /**
     * Whether other servers write to this outbox too (a shared PostgreSQL database): the relay then
     * reads the rows due back in the database's order rather than trust what this server's commits
     * handed it, and relays only while {@link #relayedHere()}.
     */
    public boolean sharedWithOtherServers() {
        return lease.isPresent();
    }

    /** Whether this server relays the outbox now: always when no other server writes to it. */
    public boolean relayedHere() {
        return lease.map(RelayLease::held).orElse(true);
    }

    /**
     * On a shared database: calls the listener when this server takes the relay over and after every
     * commit of events by any server, from now on. Nothing where no other server writes.
     */
    public void whenAnyServerCommits(Runnable listener) {
        lease.ifPresent(held -> {
            held.whenAnyServerCommits(listener);
            held.start();
        });
    }

    /**
     * Hands the listener the rows of each commit that wrote some, in commit order, right after it and
     * while the committing thread still holds the database's turn: no other transaction comes between.
     */
    public void whenCommitted(Consumer<List<OutboxRecord>> listener) {
        transactions.whenOutboxCommitted(listener);
    }

    /**
     * The unpublished rows that may go now, oldest first, at most {@code limit}. A row whose failed
     * attempt waits for its next one holds back every later row of its order (rows of no order
     * count as one order), so one order's events never overtake each other; other orders go on.
     * Call inside a transaction.
     */
    public List<OutboxRecord> due(Instant now, int limit) {
        List<OutboxRecord> due = new ArrayList<>();
        Set<String> heldBack = new HashSet<>();
        List<OutboxRecord> page;
        long after = 0;
        do {
            page = unpublishedAfter(after, limit);
            for (OutboxRecord row : page) {
                if (row.waitsAt(now) || heldBack.contains(row.orderId())) {
                    heldBack.add(row.orderId());
                } else if (due.size() < limit) {
                    due.add(row);
                }
                after = row.seq();
            }
        } while (page.size() == limit && due.size() < limit);
        return due;
    }

    /** Plain SQL, as the relay's every read of due rows (each sweep, each context) was mostly Hibernate's own work. */
    private List<OutboxRecord> unpublishedAfter(long seq, int limit) {
        return PlainStatements.list(session(), "SELECT seq, event_id, address, type, order_id, body, occurred_at,"
                + " attempts, next_attempt_at FROM outbox WHERE published = ? AND seq > ? ORDER BY seq LIMIT ?",
                OutboxStore::unpublished, UNPUBLISHED, seq, limit);
    }

    private static OutboxRecord unpublished(ResultSet row) throws SQLException {
        return OutboxRecord.unpublished(row.getLong("seq"), row.getString("event_id"), row.getString("address"),
                row.getString("type"), row.getString("order_id"), row.getString("body"),
                PlainStatements.instant(row, "occurred_at"), row.getInt("attempts"),
                PlainStatements.instant(row, "next_attempt_at"));
    }

    /** Marks the rows published, one batch of a prepared statement. Call inside a transaction. */
    public void markPublished(Collection<Long> seqs, Instant at) {
        PlainStatements.updateEach(session(), "UPDATE outbox SET published = ?, published_at = ? WHERE seq = ?",
                seqs.stream().map(seq -> new Object[] {PUBLISHED, at, seq}).toList());
    }

    /** Backs off exponentially, up to 30 s, before the next attempt. Call inside a transaction. */
    public void markFailedAttempt(long seq, Instant at) {
        OutboxRecord record = session().find(OutboxRecord.class, seq);
        long delayMillis = Math.min(LONGEST_BACKOFF.toMillis(), 250L << Math.min(record.attempts(), 10));
        record.markFailedAttempt(at.plusMillis(delayMillis));
    }

    /** Deletes the rows published before the instant; returns how many. Call inside a transaction. */
    public int deletePublishedBefore(Instant before) {
        return session()
                .createMutationQuery("delete from OutboxRecord where published = true and publishedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    /** True while a row that failed to go out waits for its next attempt. Call inside a transaction. */
    public boolean anyRetryWaiting() {
        return PlainStatements.exists(session(), "SELECT 1 FROM outbox WHERE published = ? AND attempts > 0 LIMIT 1",
                UNPUBLISHED);
    }

    /** How many rows still wait to be published. Call inside a transaction. */
    public long pendingCount() {
        return session().createSelectionQuery(
                "select count(*) from OutboxRecord where published = false", Long.class).getSingleResult();
    }

    private Session session() {
        return transactions.currentSession();
    }
}
