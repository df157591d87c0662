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

    /** The answer already given to a request with this message id on this queue, if any. Call inside a transaction. */
    public Optional<Answer> earlier(String queue, String messageId) {
        return PlainStatements.one(transactions.currentSession(),
                "SELECT reply_to, answer FROM answered_request WHERE queue = ? AND message_id = ?",
                rows -> new Answer(rows.getString("reply_to"), rows.getString("answer")), queue, messageId);
    }

    /** Keeps the answer in the current transaction. */
    public void keep(String queue, String messageId, Answer answer) {
        PlainStatements.update(transactions.currentSession(),
                "INSERT INTO answered_request (queue, message_id, reply_to, answer, answered_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                queue, messageId, answer.replyTo(), answer.text(), clock.instant());
    }

    /** An answer as it went out, and where to: the request's reply queue ("" for none). */
    public record Answer(String replyTo, String text) {
    }

    /** Forgets the answers given before the instant; returns how many. Call inside a transaction. */
    public int forgetBefore(Instant before) {
        return PlainStatements.update(transactions.currentSession(),
                "DELETE FROM answered_request WHERE answered_at < ?", before);
    }
}
