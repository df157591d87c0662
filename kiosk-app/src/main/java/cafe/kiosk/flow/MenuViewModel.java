package cafe.kiosk.flow;

import cafe.contract.menu.MenuItem;
import cafe.terminal.i18n.Texts;
import cafe.kiosk.order.Cart;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;

/** The menu: category tabs, the chosen category's items with pictures and prices, and the cart bar. */
public final class MenuViewModel {

    /** A category tab. */
    public record Tab(String id, String name, boolean chosen) {
    }

    /** An item on the grid; a sold-out one is shown greyed and cannot be opened. */
    public record Tile(MenuItem item, String name, String price, String picture, boolean soldOut) {
    }

    private final MenuFeed menu;
    private final Consumer<MenuItem> openItem;
    private final Runnable showCart;
    private final Runnable startOver;
    private final ObjectBinding<List<Tab>> tabs;
    private final ObjectBinding<List<Tile>> tiles;
    private final StringBinding notice;
    private final StringBinding cartSummary;
    private final StringBinding cartButton;
    private final BooleanBinding cartEmpty;

    MenuViewModel(MenuFeed menu, Cart cart, ObservableValue<Texts> texts, Notices notices, Consumer<MenuItem> openItem,
                  Runnable showCart, Runnable startOver) {
        this.menu = menu;
        this.openItem = openItem;
        this.showCart = showCart;
        this.startOver = startOver;
        tabs = Bindings.createObjectBinding(() -> menu.categories().stream()
                .map(c -> new Tab(c.id(), texts.getValue().of(c.name()), c.id().equals(menu.categoryProperty().get())))
                .toList(), menu.menuProperty(), menu.categoryProperty(), texts);
        tiles = Bindings.createObjectBinding(() -> menu.itemsShown().stream()
                .map(item -> new Tile(item, texts.getValue().of(item.name()), texts.getValue().won(item.basePriceWon()),
                        item.imageResource(), !item.available()))
                .toList(), menu.menuProperty(), menu.categoryProperty(), texts);
        notice = TextBindings.key(texts, notices.onMenu());
        cartEmpty = cart.itemCount().isEqualTo(0);
        cartSummary = Bindings.createStringBinding(() -> cartEmpty.get() ? texts.getValue().get("menu.cart.empty")
                : texts.getValue().get("menu.cart.summary", cart.itemCount().get(),
                        texts.getValue().won(cart.totalWon().get())), cart.itemCount(), cart.totalWon(), texts);
        cartButton = Bindings.createStringBinding(() -> texts.getValue().get("menu.cart", cart.itemCount().get()),
                cart.itemCount(), texts);
    }

    // Properties

    public ObservableValue<List<Tab>> tabs() {
        return tabs;
    }

    public ReadOnlyStringProperty categoryProperty() {
        return menu.categoryProperty();
    }

    public ObservableValue<List<Tile>> tiles() {
        return tiles;
    }

    /** The banner ("the item you were choosing sold out", "the menu has changed"), or null. */
    public StringBinding notice() {
        return notice;
    }

    public StringBinding cartSummary() {
        return cartSummary;
    }

    public StringBinding cartButton() {
        return cartButton;
    }

    public BooleanBinding cartEmpty() {
        return cartEmpty;
    }

    // Commands

    public void choose(String categoryId) {
        menu.choose(categoryId);
    }

    public void open(MenuItem item) {
        openItem.accept(item);
    }

    public void showCart() {
        showCart.run();
    }

    public void startOver() {
        startOver.run();
    }
}
