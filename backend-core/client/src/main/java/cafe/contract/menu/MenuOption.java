package cafe.contract.menu;

import cafe.contract.LocalizedText;

/** One choice in an option group; its price is added to the item's base price (may be 0). */
public record MenuOption(String id, LocalizedText name, long priceDeltaWon, boolean isDefault) {
}
