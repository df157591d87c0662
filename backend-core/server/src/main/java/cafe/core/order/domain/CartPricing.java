package cafe.core.order.domain;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.order.CartLine;
import cafe.contract.order.CartProblem;
import cafe.contract.order.OrderLimits;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a kiosk's cart against the store's menu and prices it. Every line is checked; the refusal
 * names the most basic problem found (quantity, then unknown item, sold out, bad option) and lists
 * all of them as {@link CartProblem}s so the kiosk can mark each line. One order holds at most
 * {@link #MAX_LINES} lines and {@link #MAX_TOTAL_WON} won: a counter's order, not a warehouse's.
 */
public final class CartPricing {

    public static final int MAX_QUANTITY = 99;
    public static final int MAX_LINES = OrderLimits.MAX_LINES;
    public static final long MAX_TOTAL_WON = OrderLimits.MAX_TOTAL_WON;
    public static final String SOLD_OUT = "SOLD_OUT";
    public static final String PRICE_CHANGED = "PRICE_CHANGED";
    public static final String UNKNOWN_ITEM = "UNKNOWN_ITEM";
    public static final String INVALID_OPTION = "INVALID_OPTION";
    public static final String INVALID_QUANTITY = "INVALID_QUANTITY";

    private static final Map<String, ErrorCode> CODES = Map.of(INVALID_QUANTITY, ErrorCode.INVALID_QUANTITY,
            UNKNOWN_ITEM, ErrorCode.UNKNOWN_ITEM, SOLD_OUT, ErrorCode.ITEM_SOLD_OUT,
            INVALID_OPTION, ErrorCode.INVALID_OPTION);
    private static final List<String> SEVERITY = List.of(INVALID_QUANTITY, UNKNOWN_ITEM, SOLD_OUT, INVALID_OPTION);

    private final Menu menu;

    public CartPricing(Menu menu) {
        this.menu = menu;
    }

    /** Prices the cart, or refuses it; a total that differs from the kiosk's own sum is MENU_CHANGED. */
    public PricedCart price(List<CartLine> cart, long expectedTotalWon) {
        if (cart.isEmpty()) {
            throw new Rejection(ErrorCode.EMPTY_CART, "the cart is empty");
        }
        if (cart.size() > MAX_LINES) {
            throw new Rejection(ErrorCode.ORDER_TOO_LARGE, "an order holds at most " + MAX_LINES + " lines, this one "
                    + cart.size());
        }
        List<OrderLine> lines = new ArrayList<>();
        List<CartProblem> problems = new ArrayList<>();
        for (int index = 0; index < cart.size(); index++) {
            priceLine(index, cart.get(index), problems).ifPresent(lines::add);
        }
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        PricedCart priced = new PricedCart(lines);
        if (priced.totalWon() > MAX_TOTAL_WON) {
            throw new Rejection(ErrorCode.ORDER_TOO_LARGE, "an order may come to at most " + MAX_TOTAL_WON
                    + " won, this one " + priced.totalWon());
        }
        if (priced.totalWon() != expectedTotalWon) {
            throw menuChanged(cart, priced, expectedTotalWon);
        }
        return priced;
    }

    private Optional<OrderLine> priceLine(int index, CartLine line, List<CartProblem> problems) {
        if (line == null || line.itemId() == null) {
            throw new Rejection(ErrorCode.MISSING_FIELD, "line " + index + " has no itemId");
        }
        if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
            problems.add(new CartProblem(index, line.itemId(), INVALID_QUANTITY, 0));
            return Optional.empty();
        }
        MenuItem item = menu.item(line.itemId()).orElse(null);
        if (item == null) {
            problems.add(new CartProblem(index, line.itemId(), UNKNOWN_ITEM, 0));
            return Optional.empty();
        }
        Optional<List<ChosenOption>> options = new OptionChoice(menu, item).choose(
                line.optionIds() == null ? List.of() : line.optionIds());
        long unitPrice = item.basePriceWon() + options.map(CartPricing::deltas).orElse(0L);
        if (!item.available()) {
            problems.add(new CartProblem(index, item.id(), SOLD_OUT, unitPrice));
            return Optional.empty();
        }
        if (options.isEmpty()) {
            problems.add(new CartProblem(index, item.id(), INVALID_OPTION, item.basePriceWon()));
            return Optional.empty();
        }
        return Optional.of(new OrderLine(item.id(), item.name(), options.get(), line.quantity(), unitPrice,
                item.prepSeconds()));
    }

    private static long deltas(List<ChosenOption> options) {
        return options.stream().mapToLong(ChosenOption::priceDeltaWon).reduce(0, Math::addExact);
    }

    private static Rejection refusal(List<CartProblem> problems) {
        CartProblem worst = problems.stream()
                .min(Comparator.comparingInt(p -> SEVERITY.indexOf(p.problem())))
                .orElseThrow();
        return new Rejection(CODES.get(worst.problem()), describe(worst), List.copyOf(problems));
    }

    private static String describe(CartProblem problem) {
        return switch (problem.problem()) {
            case INVALID_QUANTITY -> "quantity must be 1 to " + MAX_QUANTITY + " (line " + problem.lineIndex() + ")";
            case UNKNOWN_ITEM -> "no menu item " + problem.itemId();
            case SOLD_OUT -> problem.itemId() + " is sold out";
            default -> "the options of " + problem.itemId() + " do not fit its menu item";
        };
    }

    private static Rejection menuChanged(List<CartLine> cart, PricedCart priced, long expectedTotalWon) {
        List<CartProblem> problems = new ArrayList<>();
        for (int index = 0; index < cart.size(); index++) {
            OrderLine line = priced.lines().get(index);
            problems.add(new CartProblem(index, line.itemId(), PRICE_CHANGED, line.unitPriceWon()));
        }
        return new Rejection(ErrorCode.MENU_CHANGED, "the menu changed, please review your cart (total "
                + priced.totalWon() + " won, not " + expectedTotalWon + ")", problems);
    }

    /** The options picked for one item, checked against the item's option groups. */
    private record OptionChoice(Menu menu, MenuItem item) {

        /** The chosen options in the item's group order, or empty if any is unknown or a group's bounds break. */
        Optional<List<ChosenOption>> choose(List<String> optionIds) {
            List<ChosenOption> chosen = new ArrayList<>();
            int matched = 0;
            for (OptionGroup group : menu.optionGroupsOf(item)) {
                List<MenuOption> picked = group.options().stream().filter(o -> optionIds.contains(o.id())).toList();
                if (picked.size() < group.minChoices() || picked.size() > group.maxChoices()) {
                    return Optional.empty();
                }
                picked.forEach(o -> chosen.add(new ChosenOption(o.id(), o.name(), o.priceDeltaWon())));
                matched += picked.size();
            }
            // an id matched no group of this item (unknown, another item's, or sent twice)
            return matched == optionIds.size() ? Optional.of(chosen) : Optional.empty();
        }
    }
}
