package cafe.core.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One order's number on the board: its column, since when it is there, the version of the ticket
 * that put it there (older ticket news is ignored), and the newest version the bar's durable news
 * has brought ({@code heardVersion}: a live copy shows a move before its durable copy comes).
 */
public record BoardEntry(String orderId, int orderNumber, BoardColumn column, Instant since, long ticketVersion,
                         long heardVersion) {

    public BoardEntry {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(since, "since");
    }

    /** The same entry, with news of {@code version} heard from the bar's durable copies. */
    public BoardEntry heard(long version) {
        return new BoardEntry(orderId, orderNumber, column, since, ticketVersion, version);
    }
}
