package cafe.core.menu.domain;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.OptionGroup;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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
        if (item(itemId).available() == available) {
            return this;
        }
        var items = menu.items().stream()
                .map(i -> i.id().equals(itemId) ? i.withAvailable(available) : i)
                .toList();
        return new StoreMenu(new Menu(menu.version() + 1, menu.categories(), items, menu.optionGroups()));
    }

    /** Adds the item last in its category, or changes it in place keeping whether it is sold out. */
    public StoreMenu withItem(MenuItem item) {
        MenuRules.checkItem(item, menu);
        List<MenuItem> items = new ArrayList<>(menu.items());
        int at = indexOf(items, MenuItem::id, item.id());
        if (at >= 0) {
            items.set(at, item.withAvailable(items.get(at).available()));
        } else {
            items.add(lastIn(items, item.categoryId()), item);
        }
        return next(menu.categories(), items, menu.optionGroups());
    }

    /** Takes the item off, and out of every other item's suggestions. */
    public StoreMenu withoutItem(String itemId) {
        item(itemId);
        List<MenuItem> items = menu.items().stream().filter(item -> !item.id().equals(itemId))
                .map(item -> item.suggestedItemIds().contains(itemId) ? withoutSuggestion(item, itemId) : item)
                .toList();
        return next(menu.categories(), items, menu.optionGroups());
    }

    /** Adds the category last, or renames it in place. */
    public StoreMenu withCategory(MenuCategory category) {
        MenuRules.checkCategory(category);
        List<MenuCategory> categories = new ArrayList<>(menu.categories());
        int at = indexOf(categories, MenuCategory::id, category.id());
        if (at >= 0) {
            categories.set(at, category);
        } else {
            categories.add(category);
        }
        return next(numbered(categories), menu.items(), menu.optionGroups());
    }

    /** Removes a category no item is in. */
    public StoreMenu withoutCategory(String categoryId) {
        category(categoryId);
        if (!menu.itemsIn(categoryId).isEmpty()) {
            throw MenuRules.refused("category-not-empty", "category.id", (long) menu.itemsIn(categoryId).size(),
                    "move or retire the " + menu.itemsIn(categoryId).size() + " items in " + categoryId + " first");
        }
        return next(menu.categories().stream().filter(category -> !category.id().equals(categoryId)).toList(),
                menu.items(), menu.optionGroups());
    }

    /** The categories in the given order. */
    public StoreMenu withCategoryOrder(List<String> categoryIds) {
        List<String> existing = menu.categories().stream().map(MenuCategory::id).toList();
        MenuRules.checkSameIds(categoryIds, existing, "categories");
        List<MenuCategory> categories = categoryIds.stream()
                .map(id -> menu.categories().get(existing.indexOf(id))).toList();
        return next(numbered(categories), menu.items(), menu.optionGroups());
    }

    /** One category's items in the given order; the other items keep their places. */
    public StoreMenu withItemOrder(String categoryId, List<String> itemIds) {
        category(categoryId);
        List<MenuItem> inCategory = menu.itemsIn(categoryId);
        MenuRules.checkSameIds(itemIds, inCategory.stream().map(MenuItem::id).toList(), "items");
        List<MenuItem> others = menu.items().stream().filter(item -> !item.categoryId().equals(categoryId)).toList();
        List<MenuItem> items = new ArrayList<>(others);
        itemIds.forEach(id -> items.add(item(id)));
        return next(menu.categories(), items, menu.optionGroups());
    }

    /** Adds the option group, or changes it in place. */
    public StoreMenu withOptionGroup(OptionGroup group) {
        MenuRules.checkOptionGroup(group);
        List<OptionGroup> groups = new ArrayList<>(menu.optionGroups());
        int at = indexOf(groups, OptionGroup::id, group.id());
        if (at >= 0) {
            groups.set(at, group);
        } else {
            groups.add(group);
        }
        StoreMenu next = next(menu.categories(), menu.items(), groups);
        next.menu.items().stream().filter(item -> item.optionGroupIds().contains(group.id()))
                .forEach(item -> MenuRules.checkOptionsApart(item, next.menu, "group.options"));
        return next;
    }

    /** Removes an option group no item offers. */
    public StoreMenu withoutOptionGroup(String groupId) {
        if (menu.optionGroup(groupId).isEmpty()) {
            throw MenuRules.refused("unknown-option-group", "group.id", null, "there is no option group " + groupId);
        }
        List<String> offeredBy = menu.items().stream().filter(item -> item.optionGroupIds().contains(groupId))
                .map(MenuItem::id).toList();
        if (!offeredBy.isEmpty()) {
            throw MenuRules.refused("group-in-use", "group.id", (long) offeredBy.size(),
                    "take " + groupId + " off these items first: " + String.join(", ", offeredBy));
        }
        return next(menu.categories(), menu.items(),
                menu.optionGroups().stream().filter(group -> !group.id().equals(groupId)).toList());
    }

    private void category(String categoryId) {
        if (menu.categories().stream().noneMatch(category -> category.id().equals(categoryId))) {
            throw MenuRules.refused("unknown-category", "category.id", null, "there is no category " + categoryId);
        }
    }

    private MenuItem item(String itemId) {
        return menu.item(itemId).orElseThrow(() -> new Rejection(ErrorCode.UNKNOWN_ITEM, "no menu item " + itemId));
    }

    private StoreMenu next(List<MenuCategory> categories, List<MenuItem> items, List<OptionGroup> groups) {
        return new StoreMenu(new Menu(menu.version() + 1, categories, items, groups));
    }

    private static int lastIn(List<MenuItem> items, String categoryId) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).categoryId().equals(categoryId)) {
                return i + 1;
            }
        }
        return items.size();
    }

    private static List<MenuCategory> numbered(List<MenuCategory> categories) {
        List<MenuCategory> numbered = new ArrayList<>();
        for (MenuCategory category : categories) {
            numbered.add(new MenuCategory(category.id(), category.name(), numbered.size() + 1));
        }
        return numbered;
    }

    private static MenuItem withoutSuggestion(MenuItem item, String itemId) {
        return new MenuItem(item.id(), item.categoryId(), item.name(), item.description(), item.basePriceWon(),
                item.optionGroupIds(), item.image(), item.available(), item.prepSeconds(),
                item.suggestedItemIds().stream().filter(id -> !id.equals(itemId)).toList());
    }

    private static <T> int indexOf(List<T> list, Function<T, String> id, String wanted) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
