package cafe.core.notification.domain;

import cafe.contract.barista.TicketStatus;

/** Where an order's number stands on the pickup board; GONE numbers are no longer shown. */
public enum BoardColumn {
    PREPARING, READY, GONE;

    /** Queued and started tickets are preparing, ready ones ready, collected or cancelled ones gone. */
    public static BoardColumn of(TicketStatus status) {
        return switch (status) {
            case QUEUED, IN_PREPARATION -> PREPARING;
            case READY -> READY;
            case PICKED_UP, CANCELLED -> GONE;
        };
    }
}
