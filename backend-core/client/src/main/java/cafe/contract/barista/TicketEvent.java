package cafe.contract.barista;

/**
 * Published on {@code cafe.barista.events} after every change to a ticket; the message type says
 * which (TicketQueued, TicketStarted, TicketItemChecked, TicketReady, TicketPickedUp,
 * TicketRecalled, TicketCancelled) and the body carries the ticket as it now is.
 */
public record TicketEvent(Ticket ticket) {
}
