package cafe.core.notification.adapter.persistence;

import cafe.core.notification.domain.BoardColumn;
import cafe.core.notification.domain.BoardEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code board_entry}: where one order's number stands. */
@Entity
@Table(name = "board_entry")
class BoardEntryRow {

    @Id
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "order_number", nullable = false)
    private int orderNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "board_column", nullable = false)
    private BoardColumn column;
    @Column(nullable = false)
    private Instant since;
    @Column(name = "ticket_version", nullable = false)
    private long ticketVersion;

    protected BoardEntryRow() {
    }

    static BoardEntryRow of(BoardEntry entry) {
        BoardEntryRow row = new BoardEntryRow();
        row.orderId = entry.orderId();
        row.orderNumber = entry.orderNumber();
        row.column = entry.column();
        row.since = entry.since();
        row.ticketVersion = entry.ticketVersion();
        return row;
    }

    BoardEntry toEntry() {
        return new BoardEntry(orderId, orderNumber, column, since, ticketVersion);
    }
}
