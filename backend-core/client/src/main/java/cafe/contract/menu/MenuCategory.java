package cafe.contract.menu;

import cafe.contract.LocalizedText;

/** A tab on the kiosk: coffee, non-coffee, tea, dessert... */
public record MenuCategory(String id, LocalizedText name, int sortOrder) {
}
