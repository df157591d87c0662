package cafe.contract.menu;

/** A manager takes an item off the menu (its past orders keep it); other items stop suggesting it. */
public record RetireMenuItem(String itemId) {
}
