package cafe.core.barista.application;

import cafe.core.barista.domain.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bar's store of tickets, used inside a transaction. */
public interface Tickets {

    Optional<Ticket> find(String orderId);

    /** Stores a new ticket or the new state of a stored one. */
    void save(Ticket ticket);

    /** Tickets still to make or hand over (QUEUED, IN_PREPARATION, READY), oldest payment first. */
    List<Ticket> active();

    /** Tickets whose last bump is at or after {@code since}, newest bump first, at most {@code limit}. */
    List<Ticket> bumpedSince(Instant since, int limit);

    /** Tickets cancelled after a barista started them, paid at or after {@code since}. */
    List<Ticket> cancelledInHandSince(Instant since);

    /** Tickets that became ready within [from, to). */
    List<Ticket> readyBetween(Instant from, Instant to);

    /** Remembers an order cancelled before its ticket was queued; once is enough. */
    void rememberCancelledBeforeQueued(String orderId, Instant at);

    /** Whether the order was cancelled before its ticket was queued. */
    boolean cancelledBeforeQueued(String orderId);
}
