package cafe.kiosk.screen;

import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.kiosk.flow.KioskViewModel;
import cafe.terminal.i18n.Texts;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** The menu: category tabs, a grid of pictures with names and prices, and the cart bar. */
final class MenuView implements ScreenView {

    private static final PseudoClass SOLD_OUT = PseudoClass.getPseudoClass("sold-out");

    @FXML private VBox screenRoot;
    @FXML private HBox categoryTabs;
    @FXML private TilePane itemGrid;
    @FXML private ScrollPane itemScroll;
    @FXML private Label notice;
    @FXML private Label cartSummary;
    @FXML private Button cartButton;

    private final KioskViewModel viewModel;
    private final Watches watches = new Watches();

    MenuView(KioskViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        watches.watch(() -> Focus.keep(screenRoot, () -> {
            drawTabs();
            drawItems();
        }), viewModel.menuProperty(), viewModel.categoryProperty());
        // a new category starts at its top; a menu change (an 86 at the bar) leaves the customer where they were
        watches.watch(() -> itemScroll.setVvalue(0), viewModel.categoryProperty());
        watches.watch(this::showCart, viewModel.cart().lines());
        if (viewModel.accessibleProperty().get()) {
            FrameView.showWhen(cartSummary, false);
        }
        watches.watch(() -> Notices.show(notice, viewModel), viewModel.noticeProperty());
    }

    private void drawTabs() {
        Texts texts = viewModel.texts();
        categoryTabs.getChildren().clear();
        for (MenuCategory category : viewModel.categories()) {
            ToggleButton tab = new ToggleButton(texts.of(category.name()));
            tab.setId("category-" + category.id());
            tab.getStyleClass().add("category-tab");
            tab.setSelected(category.id().equals(viewModel.categoryProperty().get()));
            tab.setOnAction(event -> {
                tab.setSelected(true);
                viewModel.chooseCategory(category.id());
            });
            categoryTabs.getChildren().add(tab);
        }
    }

    private void drawItems() {
        itemGrid.getChildren().setAll(viewModel.itemsShown().stream().map(this::tile).toList());
        itemGrid.getChildren().stream().filter(tile -> !tile.isDisabled()).findFirst()
                .ifPresent(tile -> tile.getStyleClass().add("first-focus"));
    }

    private Node tile(MenuItem item) {
        Texts texts = viewModel.texts();
        Label name = new Label(texts.of(item.name()));
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        Label price = new Label(texts.won(item.basePriceWon()));
        price.getStyleClass().add("tile-price");
        StackPane picture = new StackPane(Pictures.of(item, 9));
        picture.getStyleClass().add("tile-picture");
        if (!item.available()) {
            Label soldOut = new Label(texts.get("menu.soldout"));
            soldOut.getStyleClass().add("sold-out-badge");
            picture.getChildren().add(soldOut);
        }
        Pane content = viewModel.accessibleProperty().get() ? new HBox(picture, new VBox(name, price))
                : new VBox(picture, name, price);
        content.getStyleClass().add("tile-content");
        Button tile = new Button(null, content);
        tile.setId("item-" + item.id());
        tile.getStyleClass().add("item-tile");
        tile.pseudoClassStateChanged(SOLD_OUT, !item.available());
        tile.setDisable(!item.available());
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setOnAction(event -> viewModel.openItem(item));
        return tile;
    }

    private void showCart() {
        Texts texts = viewModel.texts();
        int count = viewModel.cart().itemCount().get();
        cartSummary.setText(count == 0 ? texts.get("menu.cart.empty")
                : texts.get("menu.cart.summary", count, texts.won(viewModel.cart().totalWon().get())));
        cartButton.setText(texts.get("menu.cart", count));
        cartButton.setDisable(count == 0);
    }

    @FXML
    private void showCartScreen() {
        viewModel.showCart();
    }

    @FXML
    private void startOver() {
        viewModel.startOver();
    }

    @Override
    public void dispose() {
        watches.removeAll();
    }
}
