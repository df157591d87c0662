package cafe.contract.menu;

/** Staff mark an item sold out ("86") or back on. */
public record SetAvailability(String itemId, boolean available) {
}
