package cafe.core.events;

import cafe.contract.barista.TicketStatus;

/**
 * A TicketEvent as ordering and the pickup board read it: which order, its number, where the bar
 * has it and the ticket's version. The rest of the body (its lines, names and times, for the
 * consoles) is skipped unread: the mapper passes over what a type does not name.
 */
public record TicketNews(Ticket ticket) {

    /** The part of a ticket that moves an order and its number on the board. */
    public record Ticket(String orderId, int orderNumber, TicketStatus status, long version) {
    }
}
