package cafe.core.simulation;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.order.CartLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a cart as a customer would: one to three items on sale, one or two of each, with each
 * group's default options and now and then another choice in a single-choice group (a large
 * size, iced). Adds up the total the kiosk expects, as a kiosk does from the menu it shows.
 */
final class CartPicker {

    /** A cart and the kiosk's own sum of it. */
    record Cart(List<CartLine> lines, long totalWon) {
    }

    private final Random random;

    CartPicker(Random random) {
        this.random = random;
    }

    Cart pick(Menu menu) {
        List<MenuItem> onSale = menu.items().stream().filter(MenuItem::available).toList();
        if (onSale.isEmpty()) {
            throw new IllegalStateException("nothing on the menu is on sale");
        }
        List<CartLine> lines = new ArrayList<>();
        long total = 0;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            MenuItem item = onSale.get(random.nextInt(onSale.size()));
            List<MenuOption> options = options(menu, item);
            int quantity = 1 + random.nextInt(2);
            lines.add(new CartLine(item.id(), options.stream().map(MenuOption::id).toList(), quantity));
            total += quantity * (item.basePriceWon() + options.stream().mapToLong(MenuOption::priceDeltaWon).sum());
        }
        return new Cart(lines, total);
    }

    private List<MenuOption> options(Menu menu, MenuItem item) {
        List<MenuOption> chosen = new ArrayList<>();
        for (OptionGroup group : menu.optionGroupsOf(item)) {
            List<MenuOption> defaults = group.defaults();
            if (group.minChoices() == 1 && group.maxChoices() == 1 && random.nextInt(4) == 0) {
                chosen.add(group.options().get(random.nextInt(group.options().size())));
            } else if (defaults.size() >= group.minChoices()) {
                chosen.addAll(defaults);
            } else {
                chosen.addAll(group.options().subList(0, group.minChoices()));
            }
        }
        return chosen;
    }
}
