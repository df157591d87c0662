package cafe.core.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One order's number on the board: its column, since when it is there, and the version of the
 * ticket that put it there (older ticket news is ignored).
 */
public record BoardEntry(String orderId, int orderNumber, BoardColumn column, Instant since, long ticketVersion) {

    public BoardEntry {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(since, "since");
    }
}
