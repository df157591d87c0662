package cafe.contract.menu;

/** A manager adds a category (it goes last) or renames one; {@code sortOrder} is ignored. */
public record SaveCategory(MenuCategory category) {
}
