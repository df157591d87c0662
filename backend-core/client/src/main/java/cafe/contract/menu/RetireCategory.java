package cafe.contract.menu;

/** A manager removes a category that no item is in any more. */
public record RetireCategory(String categoryId) {
}
