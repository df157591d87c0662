package cafe.core.menu.domain;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.util.Objects;

/**
 * The menu this store sells from now. Every change makes a new version, so a kiosk holding an
 * older snapshot can tell it is stale.
 */
public record StoreMenu(Menu menu) {

    public StoreMenu {
        Objects.requireNonNull(menu, "menu");
    }

    public long version() {
        return menu.version();
    }

    /**
     * Marks an item sold out or back on. Setting what is already set changes nothing and keeps the
     * version; an unknown item is refused.
     */
    public StoreMenu withAvailability(String itemId, boolean available) {
        MenuItem item = menu.item(itemId).orElseThrow(
                () -> new Rejection(ErrorCode.UNKNOWN_ITEM, "no menu item " + itemId));
        if (item.available() == available) {
            return this;
        }
        var items = menu.items().stream()
                .map(i -> i.id().equals(itemId) ? i.withAvailable(available) : i)
                .toList();
        return new StoreMenu(new Menu(menu.version() + 1, menu.categories(), items, menu.optionGroups()));
    }
}
