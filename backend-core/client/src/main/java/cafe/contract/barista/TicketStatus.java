package cafe.contract.barista;

/** A ticket at the bar: QUEUED -> IN_PREPARATION -> READY -> PICKED_UP; recall undoes a bump. */
public enum TicketStatus {
    QUEUED, IN_PREPARATION, READY, PICKED_UP, CANCELLED
}
