package cafe.kiosk.order;

import cafe.contract.LocalizedText;
import cafe.contract.menu.MenuOption;
import cafe.contract.order.CartLine;
import java.util.List;
import java.util.Objects;

/**
 * One line of the customer's cart: a drink or dessert with its options, how many, and the unit price
 * the customer was shown. Immutable; the cart replaces a line to change it.
 */
public record CartEntry(String itemId, LocalizedText name, String imageResource, List<MenuOption> options,
                        int quantity, long unitPriceWon, LineProblem problem) {

    public CartEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(problem, "problem");
        options = List.copyOf(options);
        if (quantity < 1 || quantity > Cart.MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1.." + Cart.MAX_QUANTITY + ", was " + quantity);
        }
    }

    public long lineTotalWon() {
        return Math.multiplyExact(unitPriceWon, quantity);
    }

    public List<String> optionIds() {
        return options.stream().map(MenuOption::id).toList();
    }

    public List<LocalizedText> optionNames() {
        return options.stream().map(MenuOption::name).toList();
    }

    /** The same item with the same options: adding it again raises the quantity instead. */
    public boolean sameChoiceAs(CartEntry other) {
        return itemId.equals(other.itemId) && optionIds().equals(other.optionIds());
    }

    public CartEntry withQuantity(int newQuantity) {
        return new CartEntry(itemId, name, imageResource, options, newQuantity, unitPriceWon, problem);
    }

    public CartEntry marked(LineProblem newProblem, long newUnitPriceWon) {
        return new CartEntry(itemId, name, imageResource, options, quantity, newUnitPriceWon, newProblem);
    }

    public CartLine toCartLine() {
        return new CartLine(itemId, optionIds(), quantity);
    }
}
