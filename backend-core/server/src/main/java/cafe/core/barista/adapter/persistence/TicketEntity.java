package cafe.core.barista.adapter.persistence;

import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import cafe.core.barista.domain.Ticket;
import cafe.core.barista.domain.TicketItem;
import cafe.core.barista.domain.TicketState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A row of {@code ticket}; the schema is owned by {@code db/barista}. */
@Entity
@Table(name = "ticket")
class TicketEntity {

    @Id
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "order_number", nullable = false)
    private int orderNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false)
    private OrderType orderType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;
    @Column(nullable = false)
    private String lines;
    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ready_at")
    private Instant readyAt;
    @Column(name = "picked_up_at")
    private Instant pickedUpAt;
    @Column(name = "last_bump_at")
    private Instant lastBumpAt;
    private String station;
    @Column(nullable = false)
    private long version;

    protected TicketEntity() {
    }

    static TicketEntity of(Ticket ticket, TicketLinesJson json) {
        TicketState s = ticket.state();
        TicketEntity row = new TicketEntity();
        row.orderId = s.orderId();
        row.orderNumber = s.orderNumber();
        row.orderType = s.orderType();
        row.status = s.status();
        row.lines = json.write(s.items());
        row.paidAt = s.paidAt();
        row.startedAt = s.startedAt();
        row.readyAt = s.readyAt();
        row.pickedUpAt = s.pickedUpAt();
        row.lastBumpAt = s.lastBumpAt();
        row.station = s.station();
        row.version = s.version();
        return row;
    }

    Ticket toTicket(TicketLinesJson json) {
        List<TicketItem> items = json.read(lines);
        return Ticket.restore(new TicketState(orderId, orderNumber, orderType, paidAt, items, status, startedAt,
                readyAt, pickedUpAt, lastBumpAt, station, version));
    }
}
