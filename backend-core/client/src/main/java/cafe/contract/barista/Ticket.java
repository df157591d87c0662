package cafe.contract.barista;

import cafe.contract.order.OrderType;
import java.time.Instant;
import java.util.List;

/**
 * A paid order as the bar sees it. {@code station} is the console that started it (null until
 * then). {@code version} grows with every change so consoles keep the newest copy.
 */
public record Ticket(String orderId, int orderNumber, OrderType orderType, TicketStatus status,
                     List<TicketLine> lines, Instant paidAt, Instant startedAt, Instant readyAt,
                     Instant pickedUpAt, String station, long version) {

    public Ticket {
        lines = List.copyOf(lines);
    }

    /** Everything ordered, drinks and food alike: two lattes and a croissant are three. */
    public int itemCount() {
        return lines.stream().mapToInt(TicketLine::quantity).sum();
    }
}
