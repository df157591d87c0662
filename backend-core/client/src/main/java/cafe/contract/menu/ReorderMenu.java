package cafe.contract.menu;

import java.util.List;

/**
 * A manager puts the categories, or the items of one category, in a new order: {@code ids} lists
 * every one of them, first to last. With {@code categoryId} null it orders the categories.
 */
public record ReorderMenu(String categoryId, List<String> ids) {

    public ReorderMenu {
        ids = ids == null ? null : List.copyOf(ids);
    }
}
