package cafe.core.barista.domain;

import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import java.time.Instant;
import java.util.List;

/**
 * Everything a ticket knows, as plain values: what persistence stores and views show.
 * {@code lastBumpAt} is when it last moved to READY or PICKED_UP, or null when there is no bump
 * left to undo.
 */
public record TicketState(String orderId, int orderNumber, OrderType orderType, Instant paidAt,
                          List<TicketItem> items, TicketStatus status, Instant startedAt, Instant readyAt,
                          Instant pickedUpAt, Instant lastBumpAt, String station, long version) {

    public TicketState {
        items = List.copyOf(items);
    }
}
