package cafe.contract.barista;

/** Start, mark ready, mark picked up or recall one ticket, from a named bar station. */
public record TicketAction(String orderId, String station) {
}
