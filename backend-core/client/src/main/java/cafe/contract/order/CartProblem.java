package cafe.contract.order;

/**
 * Why one cart line no longer matches the menu; sent as the details of a MENU_CHANGED answer
 * (and of ITEM_SOLD_OUT) so the kiosk can mark the line. {@code problem} is one of
 * SOLD_OUT, PRICE_CHANGED, UNKNOWN_ITEM, INVALID_OPTION.
 */
public record CartProblem(int lineIndex, String itemId, String problem, long currentUnitPriceWon) {
}
