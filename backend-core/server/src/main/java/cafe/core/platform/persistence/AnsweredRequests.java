package cafe.core.platform.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The commands' answers, each kept in the transaction of its effect under the request's message id:
 * a request the broker delivers again, because the server that handled it died before acknowledging
 * it, finds its answer here and is answered the same way instead of being carried out twice.
 */
public final class AnsweredRequests {

    private final HibernateTransactions transactions;
    private final Clock clock;

    AnsweredRequests(HibernateTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The answer already given to this request on this queue, if any. Call inside a transaction. */
    public Optional<String> earlier(String queue, String messageId) {
        return PlainStatements.one(transactions.currentSession(),
                "SELECT answer FROM answered_request WHERE queue = ? AND message_id = ?",
                rows -> rows.getString("answer"), queue, messageId);
    }

    /** Keeps the answer in the current transaction. */
    public void keep(String queue, String messageId, String answer) {
        PlainStatements.update(transactions.currentSession(),
                "INSERT INTO answered_request (queue, message_id, answer, answered_at) VALUES (?, ?, ?, ?)",
                queue, messageId, answer, clock.instant());
    }

    /** Forgets the answers given before the instant; returns how many. Call inside a transaction. */
    public int forgetBefore(Instant before) {
        return PlainStatements.update(transactions.currentSession(),
                "DELETE FROM answered_request WHERE answered_at < ?", before);
    }
}
