package cafe.contract.report;

import cafe.contract.LocalizedText;

/** One menu item's share of a day: how many were sold and what they came to, options included. */
public record ItemSales(String itemId, LocalizedText name, int count, long amountWon) {
}
