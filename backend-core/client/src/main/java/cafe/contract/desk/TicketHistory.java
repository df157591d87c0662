package cafe.contract.desk;

import cafe.contract.barista.Ticket;

/** The bar's part of an order's history: its ticket, or null when the order never reached the bar. */
public record TicketHistory(String orderId, Ticket ticket) {
}
