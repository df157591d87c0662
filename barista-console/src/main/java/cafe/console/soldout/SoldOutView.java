package cafe.console.soldout;

import cafe.contract.LocalizedText;
import cafe.terminal.i18n.Texts;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The 86 panel: one big row per menu item; a touch on the row flips it between on sale and sold out.
 * A row lives as long as its item: a menu event updates it in place, so a touch that lands while
 * the event arrives still reaches it.
 */
public final class SoldOutView {

    @FXML
    private VBox items;

    private final SoldOutViewModel viewModel;
    private final Texts texts;
    private final Runnable close;
    private final ListChangeListener<SoldOutItem> onItems = change -> render();
    private final Map<SoldOutItem, Row> rows = new HashMap<>();

    /** A row on the panel and what keeps it following its item. */
    private record Row(Node node, Subscription follows) {
    }

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
        rows.values().forEach(row -> row.follows().unsubscribe());
        rows.clear();
    }

    /** Lays the rows out again when items come, go or move; rows of the items that stay are kept. */
    private void render() {
        rows.keySet().removeIf(item -> {
            boolean gone = !viewModel.items().contains(item);
            if (gone) {
                rows.get(item).follows().unsubscribe();
            }
            return gone;
        });
        items.getChildren().clear();
        LocalizedText category = null;
        for (SoldOutItem item : viewModel.items()) {
            if (!item.category().equals(category)) {
                category = item.category();
                Label heading = new Label(texts.of(category));
                heading.getStyleClass().add("sold-out-category");
                items.getChildren().add(heading);
            }
            items.getChildren().add(rows.computeIfAbsent(item, this::row).node());
        }
    }

    private Row row(SoldOutItem item) {
        Label name = new Label(texts.of(item.name()));
        name.getStyleClass().add("sold-out-name");
        Label state = new Label();
        state.getStyleClass().add("sold-out-state");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(name, grow, state);
        row.getStyleClass().add("sold-out-row");
        row.setId("sold-out-" + item.itemId());
        row.disableProperty().bind(item.busyProperty());
        row.setOnMouseClicked(e -> viewModel.toggle(item));
        Subscription follows = item.availableProperty().subscribe(available -> {
            state.setText(texts.get(available ? "soldout.onSale" : "soldout.soldOut"));
            if (available) {
                row.getStyleClass().remove("sold-out");
            } else if (!row.getStyleClass().contains("sold-out")) {
                row.getStyleClass().add("sold-out");
            }
        });
        return new Row(row, follows);
    }
}
