package cafe.console.manager.prep;

import cafe.console.manager.prep.PrepTimesViewModel.PrepRow;
import cafe.console.manager.report.DayBarView;
import cafe.terminal.i18n.Texts;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Prep times: the day bar, the day in one line, and the times by item and by station. */
public final class PrepTimesView {

    @FXML
    private BorderPane root;
    @FXML
    private DayBarView dayBar;
    @FXML
    private Label overall;
    @FXML
    private VBox content;
    @FXML
    private TableView<PrepRow> byItem;
    @FXML
    private TableView<PrepRow> byStation;
    @FXML
    private Label emptyDay;

    private final PrepTimesViewModel viewModel;

    public PrepTimesView(PrepTimesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        dayBar.bind(viewModel.day(), root);
        overall.textProperty().bind(viewModel.overallProperty());
        table(byItem, "prep.item", viewModel.byItem());
        table(byStation, "prep.station", viewModel.byStation());
        emptyDay.textProperty().bind(viewModel.emptyTextProperty());
        emptyDay.visibleProperty().bind(viewModel.emptyProperty());
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        overall.visibleProperty().bind(viewModel.emptyProperty().not());
    }

    private void table(TableView<PrepRow> table, String firstHeading, ObservableList<PrepRow> rows) {
        Texts texts = viewModel.texts();
        table.getColumns().setAll(List.of(column(texts.get(firstHeading), 220, PrepRow::name),
                column(texts.get("prep.tickets"), 90, PrepRow::tickets),
                column(texts.get("prep.averagePrep"), 150, PrepRow::averagePrep),
                column(texts.get("prep.slowestPrep"), 150, PrepRow::slowestPrep),
                column(texts.get("prep.averageWait"), 170, PrepRow::averageWait),
                column(texts.get("prep.slowestWait"), 170, PrepRow::slowestWait)));
        table.setItems(rows);
        table.setPlaceholder(new Label(""));
    }

    private static TableColumn<PrepRow, String> column(String heading, double width, Function<PrepRow, String> value) {
        TableColumn<PrepRow, String> column = new TableColumn<>(heading);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
