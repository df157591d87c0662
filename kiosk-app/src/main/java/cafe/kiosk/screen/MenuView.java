package cafe.kiosk.screen;

import cafe.kiosk.flow.MenuViewModel;
import cafe.kiosk.flow.MenuViewModel.Tab;
import cafe.kiosk.flow.MenuViewModel.Tile;
import cafe.terminal.i18n.Texts;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The menu: category tabs, a grid of tiles (MenuTile.fxml) with pictures and prices, and the cart bar. */
final class MenuView implements ScreenView {

    private static final PseudoClass SOLD_OUT = PseudoClass.getPseudoClass("sold-out");

    @FXML private VBox screenRoot;
    @FXML private Pane categoryTabs;
    @FXML private TilePane itemGrid;
    @FXML private ScrollPane itemScroll;
    @FXML private Label notice;
    @FXML private Label cartSummary;
    @FXML private Button cartButton;

    private final MenuViewModel viewModel;
    private final Texts texts;
    private Subscription redraws = Subscription.EMPTY;

    MenuView(MenuViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        Banner.show(notice, viewModel.notice());
        cartSummary.textProperty().bind(viewModel.cartSummary());
        cartButton.textProperty().bind(viewModel.cartButton());
        cartButton.disableProperty().bind(viewModel.cartEmpty());
        redraws = Subscription.combine(
                viewModel.tabs().subscribe(tabs -> Focus.keep(screenRoot, () -> drawTabs(tabs))),
                viewModel.tiles().subscribe(tiles -> Focus.keep(screenRoot, () -> drawTiles(tiles))),
                // a new category starts at its top; a menu change (an 86 at the bar) leaves the customer where they were
                viewModel.categoryProperty().subscribe(category -> itemScroll.setVvalue(0)));
    }

    private void drawTabs(List<Tab> tabs) {
        categoryTabs.getChildren().setAll(tabs.stream().map(this::tab).toList());
    }

    private ToggleButton tab(Tab tab) {
        ToggleButton button = new ToggleButton(tab.name());
        button.setId("category-" + tab.id());
        button.getStyleClass().add("category-tab");
        button.setSelected(tab.chosen());
        button.setOnAction(event -> {
            button.setSelected(true);
            viewModel.choose(tab.id());
        });
        return button;
    }

    private void drawTiles(List<Tile> tiles) {
        itemGrid.getChildren().setAll(tiles.stream().map(this::tile).toList());
        itemGrid.getChildren().stream().filter(tile -> !tile.isDisabled()).findFirst()
                .ifPresent(tile -> tile.getStyleClass().add("first-focus"));
    }

    private Node tile(Tile tile) {
        TileView view = new TileView(tile);
        Button button = Layouts.load("MenuTile.fxml", view, texts);
        button.setId("item-" + tile.item().id());
        button.setAccessibleText(tile.name() + ", " + tile.price());
        button.pseudoClassStateChanged(SOLD_OUT, tile.soldOut());
        button.setDisable(tile.soldOut());
        return button;
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
        redraws.unsubscribe();
    }

    /** One tile's controller: fills MenuTile.fxml and opens the item. */
    private final class TileView {

        @FXML private Label name;
        @FXML private Label price;
        @FXML private Picture picture;
        @FXML private Label soldOut;

        private final Tile tile;

        TileView(Tile tile) {
            this.tile = tile;
        }

        @FXML
        private void initialize() {
            name.setText(tile.name());
            price.setText(tile.price());
            picture.setResource(tile.picture());
            Banner.showWhen(soldOut, tile.soldOut());
        }

        @FXML
        private void open() {
            viewModel.open(tile.item());
        }
    }
}
