package cafe.kiosk.order;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The item dialog's state: which options of each group are picked (within the group's min and
 * max), how many, and the line price that follows. Groups with one choice behave like radio
 * buttons; others like check boxes up to their maximum.
 */
public final class ItemChoice {

    private final MenuItem item;
    private final List<OptionGroup> groups;
    private final Map<String, Set<MenuOption>> picked = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper quantity = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyLongWrapper linePriceWon = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    /** Grows on every change, so a view can redraw the option buttons. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public ItemChoice(Menu menu, MenuItem item) {
        this.item = item;
        this.groups = menu.optionGroupsOf(item);
        groups.forEach(group -> picked.put(group.id(), new LinkedHashSet<>(startingOptions(group))));
        recompute();
    }

    // Properties

    public MenuItem item() {
        return item;
    }

    public List<OptionGroup> groups() {
        return groups;
    }

    public ReadOnlyIntegerProperty quantityProperty() {
        return quantity.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty linePriceWonProperty() {
        return linePriceWon.getReadOnlyProperty();
    }

    /** Every group has at least its minimum picked. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * The picture of the item as chosen so far: the one drawn for a picked option (an iced
     * americano for ICED), else the item's own.
     */
    public String pictureResource() {
        return picked.values().stream().flatMap(Set::stream)
                .map(option -> item.imageResource(option.id()))
                .filter(resource -> MenuItem.class.getResource(resource) != null)
                .findFirst()
                .orElse(item.imageResource());
    }

    public boolean isPicked(OptionGroup group, MenuOption option) {
        return picked.get(group.id()).contains(option);
    }

    /** The item and its option groups are as this menu has them: no price or option changed. */
    public boolean matches(Menu menu, MenuItem now) {
        return item.equals(now) && groups.equals(menu.optionGroupsOf(now));
    }

    /**
     * This choice on a newer menu, with its prices: each group keeps the options picked before that it
     * still has while they are within its limits (else it starts over), and the quantity stays.
     */
    public ItemChoice carriedTo(Menu menu, MenuItem now) {
        ItemChoice carried = new ItemChoice(menu, now);
        carried.groups.stream().filter(group -> picked.containsKey(group.id())).forEach(group -> {
            Set<String> before = picked.get(group.id()).stream().map(MenuOption::id).collect(Collectors.toSet());
            List<MenuOption> still = group.options().stream().filter(o -> before.contains(o.id())).toList();
            if (still.size() >= group.minChoices() && still.size() <= group.maxChoices()) {
                carried.picked.put(group.id(), new LinkedHashSet<>(still));
            }
        });
        carried.quantity.set(quantity.get());
        carried.recompute();
        return carried;
    }

    // Commands

    /** Picks or unpicks an option; false if the group is already full. */
    public boolean toggle(OptionGroup group, MenuOption option) {
        Set<MenuOption> chosen = picked.get(group.id());
        if (chosen.contains(option)) {
            if (group.maxChoices() == 1 && group.minChoices() == 1) {
                return true;
            }
            chosen.remove(option);
        } else if (group.maxChoices() == 1) {
            chosen.clear();
            chosen.add(option);
        } else if (chosen.size() < group.maxChoices()) {
            chosen.add(option);
        } else {
            return false;
        }
        recompute();
        return true;
    }

    public void changeQuantity(int delta) {
        int next = quantity.get() + delta;
        if (next >= 1 && next <= Cart.MAX_QUANTITY) {
            quantity.set(next);
            recompute();
        }
    }

    /** The cart line this choice makes, options in the menu's group order. */
    public CartEntry toEntry() {
        List<MenuOption> options = new ArrayList<>();
        groups.forEach(group -> group.options().stream().filter(o -> isPicked(group, o)).forEach(options::add));
        return new CartEntry(item.id(), item.name(), pictureResource(), options, quantity.get(), unitPrice(),
                LineProblem.NONE);
    }

    private long unitPrice() {
        return item.basePriceWon() + picked.values().stream().flatMap(Set::stream)
                .mapToLong(MenuOption::priceDeltaWon).sum();
    }

    private void recompute() {
        linePriceWon.set(unitPrice() * quantity.get());
        complete.set(groups.stream().allMatch(g -> picked.get(g.id()).size() >= g.minChoices()));
        revision.set(revision.get() + 1);
    }

    /** The options an item starts with in the item dialog: each group's defaults, or its first choices. */
    private static List<MenuOption> startingOptions(OptionGroup group) {
        List<MenuOption> defaults = group.defaults();
        return defaults.size() >= group.minChoices() ? defaults : group.options().subList(0, group.minChoices());
    }
}
