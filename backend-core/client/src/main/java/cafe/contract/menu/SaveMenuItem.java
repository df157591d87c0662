package cafe.contract.menu;

/**
 * A manager adds an item or changes one (matched by id). An existing item keeps whether it is sold
 * out: that is the bar's to say. A new item goes last in its category.
 */
public record SaveMenuItem(MenuItem item) {
}
