package cafe.console.soldout;

import cafe.terminal.i18n.Texts;
import cafe.contract.LocalizedText;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The 86 panel: one big row per menu item; a touch on the row flips it between on sale and sold out. */
public final class SoldOutView {

    @FXML
    private VBox items;

    private final SoldOutViewModel viewModel;
    private final Texts texts;
    private final Runnable close;
    private final ListChangeListener<SoldOutItem> onItems = change -> render();

    public SoldOutView(SoldOutViewModel viewModel, Texts texts, Runnable close) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.close = close;
    }

    @FXML
    private void initialize() {
        viewModel.items().addListener(onItems);
        render();
    }

    @FXML
    private void close() {
        close.run();
    }

    /** Stops following the view model, when the screen is rebuilt in another language. */
    public void dispose() {
        viewModel.items().removeListener(onItems);
    }

    private void render() {
        items.getChildren().clear();
        LocalizedText category = null;
        for (SoldOutItem item : viewModel.items()) {
            if (!item.category().equals(category)) {
                category = item.category();
                Label heading = new Label(texts.of(category));
                heading.getStyleClass().add("sold-out-category");
                items.getChildren().add(heading);
            }
            items.getChildren().add(row(item));
        }
    }

    private Node row(SoldOutItem item) {
        Label name = new Label(texts.of(item.name()));
        name.getStyleClass().add("sold-out-name");
        Label state = new Label(texts.get(item.isAvailable() ? "soldout.onSale" : "soldout.soldOut"));
        state.getStyleClass().add("sold-out-state");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(name, grow, state);
        row.getStyleClass().add("sold-out-row");
        row.setId("sold-out-" + item.itemId());
        if (!item.isAvailable()) {
            row.getStyleClass().add("sold-out");
        }
        row.disableProperty().bind(item.busyProperty());
        row.setOnMouseClicked(e -> viewModel.toggle(item));
        return row;
    }
}
