package cafe.core.shared;

/**
 * Appends an event to the context's outbox inside the current transaction; it is relayed to the
 * broker right after commit (and by a periodic sweep if that fails), with eventId as the broker's
 * duplicate-detection id.
 */
public interface EventOutbox {

    void append(OutboundEvent event);
}
