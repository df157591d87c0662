package cafe.contract.menu;

import java.util.List;
import java.util.Optional;

/**
 * The whole menu as the kiosks show it. {@code version} grows with every change, so a terminal can
 * ignore a snapshot older than the one it has.
 */
public record Menu(long version, List<MenuCategory> categories, List<MenuItem> items,
                   List<OptionGroup> optionGroups) {

    public Menu {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        optionGroups = List.copyOf(optionGroups);
    }

    public Optional<MenuItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<OptionGroup> optionGroup(String groupId) {
        return optionGroups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public List<MenuItem> itemsIn(String categoryId) {
        return items.stream().filter(i -> i.categoryId().equals(categoryId)).toList();
    }

    /** The option groups that apply to an item, in the item's order. */
    public List<OptionGroup> optionGroupsOf(MenuItem item) {
        return item.optionGroupIds().stream().flatMap(id -> optionGroup(id).stream()).toList();
    }
}
