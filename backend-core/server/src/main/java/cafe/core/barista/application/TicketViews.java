package cafe.core.barista.application;

import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketLine;
import cafe.contract.wire.Addresses;
import cafe.core.barista.domain.TicketState;
import cafe.core.shared.OutboundEvent;

/** The bar's tickets as the consoles, the board and ordering see them. */
public final class TicketViews {

    private TicketViews() {
    }

    public static Ticket view(cafe.core.barista.domain.Ticket ticket) {
        TicketState s = ticket.state();
        return new Ticket(s.orderId(), s.orderNumber(), s.orderType(), s.status(),
                s.items().stream().map(item -> new TicketLine(item.index(), item.itemId(), item.name(),
                        item.options(), item.quantity(), item.done())).toList(),
                s.paidAt(), s.startedAt(), s.readyAt(), s.pickedUpAt(), s.station(), s.version());
    }

    /** The TicketEvent of type {@code messageType} (a TICKET_* of MessageTypes) carrying the ticket as it now is. */
    static OutboundEvent event(String messageType, cafe.core.barista.domain.Ticket ticket) {
        return new OutboundEvent(Addresses.BARISTA_EVENTS, messageType, ticket.orderId(),
                new TicketEvent(view(ticket)));
    }
}
