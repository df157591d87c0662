package cafe.contract.barista;

/** Tick off (or un-tick) one drink line of a ticket. */
public record CheckItem(String orderId, int lineIndex, boolean done) {
}
