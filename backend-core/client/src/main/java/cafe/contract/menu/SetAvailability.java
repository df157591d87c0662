package cafe.contract.menu;

/**
 * Staff mark an item sold out ("86") or back on. {@code available} is a {@code Boolean} so a request
 * that leaves it out is refused (MISSING_FIELD) instead of read as "sold out".
 */
public record SetAvailability(String itemId, Boolean available) {
}
