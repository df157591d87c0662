package cafe.contract.barista;

/**
 * Published after every change to a ticket, on {@code cafe.barista.feed} for consoles (and durably on
 * {@code cafe.barista.events} for the store's services); the message type says
 * which (TicketQueued, TicketStarted, TicketItemChecked, TicketReady, TicketPickedUp,
 * TicketRecalled, TicketCancelled) and the body carries the ticket as it now is.
 */
public record TicketEvent(Ticket ticket) {
}
