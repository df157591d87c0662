package cafe.kiosk.order;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.order.CartLine;
import cafe.contract.order.CartProblem;
import cafe.contract.order.OrderLimits;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.LongBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer's cart. It keeps the price each line was shown at; when the menu changes (live, or
 * as the server's "review your cart" answer) the affected lines are repriced and marked so the
 * customer sees what moved before paying. Use it on one thread (the UI's).
 */
public final class Cart {

    /** The most of one line a kiosk takes; bigger orders go to the counter. */
    public static final int MAX_QUANTITY = 20;

    private final ObservableList<CartEntry> lines = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh one per call would drop its listeners when it is collected. */
    private final ObservableList<CartEntry> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final LongBinding totalWon = Bindings.createLongBinding(
            () -> lines.stream().mapToLong(CartEntry::lineTotalWon).sum(), lines);
    private final IntegerBinding itemCount = Bindings.createIntegerBinding(
            () -> lines.stream().mapToInt(CartEntry::quantity).sum(), lines);
    private final BooleanBinding mustChange = Bindings.createBooleanBinding(
            () -> lines.stream().anyMatch(line -> line.problem().blocksPayment()), lines);
    private final BooleanBinding marked = Bindings.createBooleanBinding(
            () -> lines.stream().anyMatch(line -> line.problem() != LineProblem.NONE), lines);
    private final BooleanBinding payable = Bindings.isNotEmpty(lines).and(mustChange.not());

    public ObservableList<CartEntry> lines() {
        return readOnlyLines;
    }

    public LongBinding totalWon() {
        return totalWon;
    }

    public IntegerBinding itemCount() {
        return itemCount;
    }

    /** Not empty, and no line that must be removed first. */
    public BooleanBinding payable() {
        return payable;
    }

    /** A line must be removed before paying (sold out, or no longer on the menu). */
    public BooleanBinding mustChange() {
        return mustChange;
    }

    /** A line is marked: something about it changed since it was put in. */
    public BooleanBinding marked() {
        return marked;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Whether {@code entry} fits: into the line of the same choice, or as a line of its own. */
    public CartRoom roomFor(CartEntry entry) {
        if (totalWon.get() + entry.lineTotalWon() > OrderLimits.MAX_TOTAL_WON) {
            return CartRoom.TOO_MUCH;
        }
        int same = indexOfSame(entry);
        if (same >= 0) {
            return lines.get(same).quantity() + entry.quantity() > MAX_QUANTITY ? CartRoom.TOO_MANY_OF_ONE
                    : CartRoom.FITS;
        }
        return lines.size() >= OrderLimits.MAX_LINES ? CartRoom.TOO_MANY_LINES : CartRoom.FITS;
    }

    /**
     * Adds a line, or raises the quantity of the same choice already in the cart; adds nothing and
     * answers why when it does not fit ({@link #roomFor}).
     */
    public CartRoom add(CartEntry entry) {
        CartRoom room = roomFor(entry);
        if (room.fits()) {
            int same = indexOfSame(entry);
            if (same >= 0) {
                lines.set(same, lines.get(same).withQuantity(lines.get(same).quantity() + entry.quantity()));
            } else {
                lines.add(entry);
            }
        }
        return room;
    }

    /** One more of the line fits: not at its most, not one that must go, and within the order's total. */
    public boolean hasRoomForOneMore(int index) {
        CartEntry line = lines.get(index);
        return line.quantity() < MAX_QUANTITY && !line.problem().blocksPayment()
                && totalWon.get() + line.unitPriceWon() <= OrderLimits.MAX_TOTAL_WON;
    }

    /** One more or one fewer; never more of a line that must go (sold out, or off the menu), nor past the limits. */
    public void changeQuantity(int index, int delta) {
        CartEntry line = lines.get(index);
        int quantity = line.quantity() + delta;
        if (quantity >= 1 && (delta <= 0 || hasRoomForOneMore(index))) {
            lines.set(index, line.withQuantity(quantity));
        }
    }

    /** How many of the same choice the cart holds already (0 when none). */
    public int quantityOfSame(CartEntry entry) {
        int same = indexOfSame(entry);
        return same < 0 ? 0 : lines.get(same).quantity();
    }

    private int indexOfSame(CartEntry entry) {
        for (int index = 0; index < lines.size(); index++) {
            CartEntry line = lines.get(index);
            if (line.sameChoiceAs(entry) && !line.problem().blocksPayment()) {
                return index;
            }
        }
        return -1;
    }

    public void remove(int index) {
        lines.remove(index);
    }

    public void clear() {
        lines.clear();
    }

    /** What is sent to the server; the server prices it itself. */
    public List<CartLine> toCartLines() {
        return lines.stream().map(CartEntry::toCartLine).toList();
    }

    /** Checks every line against a new menu; true if any line was repriced or marked. */
    public boolean reviewAgainst(Menu menu) {
        boolean changed = false;
        for (int index = 0; index < lines.size(); index++) {
            CartEntry line = lines.get(index);
            CartEntry reviewed = review(line, menu);
            if (!reviewed.equals(line)) {
                lines.set(index, reviewed);
                changed = true;
            }
        }
        return changed;
    }

    /** Marks the lines the server named in its MENU_CHANGED or ITEM_SOLD_OUT answer. */
    public void markProblems(List<CartProblem> problems) {
        for (CartProblem problem : problems) {
            if (problem.lineIndex() < 0 || problem.lineIndex() >= lines.size()) {
                continue;
            }
            CartEntry line = lines.get(problem.lineIndex());
            lines.set(problem.lineIndex(), switch (problem.problem()) {
                case "SOLD_OUT" -> line.marked(LineProblem.SOLD_OUT, line.unitPriceWon());
                case "PRICE_CHANGED" -> line.unitPriceWon() == problem.currentUnitPriceWon()
                        ? line : line.marked(LineProblem.PRICE_CHANGED, problem.currentUnitPriceWon());
                default -> line.marked(LineProblem.NOT_ON_MENU, line.unitPriceWon());
            });
        }
    }

    /** The customer has seen the new prices: the marks go, the prices stay. */
    public void acceptPriceChanges() {
        lines.replaceAll(line -> line.problem() == LineProblem.PRICE_CHANGED
                ? line.marked(LineProblem.NONE, line.unitPriceWon()) : line);
    }

    private static CartEntry review(CartEntry line, Menu menu) {
        Optional<MenuItem> item = menu.item(line.itemId());
        if (item.isEmpty()) {
            return line.marked(LineProblem.NOT_ON_MENU, line.unitPriceWon());
        }
        if (!item.get().available()) {
            return line.marked(LineProblem.SOLD_OUT, line.unitPriceWon());
        }
        Optional<Long> price = currentPrice(menu, item.get(), line.optionIds());
        if (price.isEmpty()) {
            return line.marked(LineProblem.NOT_ON_MENU, line.unitPriceWon());
        }
        if (price.get() != line.unitPriceWon()) {
            return line.marked(LineProblem.PRICE_CHANGED, price.get());
        }
        return line.problem() == LineProblem.PRICE_CHANGED ? line : line.marked(LineProblem.NONE, price.get());
    }

    private static Optional<Long> currentPrice(Menu menu, MenuItem item, List<String> optionIds) {
        long price = item.basePriceWon();
        for (String optionId : optionIds) {
            Optional<MenuOption> option = menu.optionGroupsOf(item).stream()
                    .map(group -> group.option(optionId)).flatMap(Optional::stream).findFirst();
            if (option.isEmpty()) {
                return Optional.empty();
            }
            price += option.get().priceDeltaWon();
        }
        return Optional.of(price);
    }
}
