package cafe.core.order.domain;

import cafe.contract.LocalizedText;

/** An option the customer picked, priced as the menu had it when the order was placed. */
public record ChosenOption(String optionId, LocalizedText name, long priceDeltaWon) {
}
