package cafe.console.manager.sales;

import cafe.console.manager.report.DayBarView;
import cafe.console.manager.report.SaveAs;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The day's sales: the day bar, the totals, sales by hour as bars, by type, and by item in a table. */
public final class SalesView {

    @FXML
    private BorderPane root;
    @FXML
    private DayBarView dayBar;
    @FXML
    private Label gross;
    @FXML
    private Label refunds;
    @FXML
    private Label net;
    @FXML
    private Label orders;
    @FXML
    private Label average;
    @FXML
    private Label declines;
    @FXML
    private HBox content;
    @FXML
    private BarChart<String, Number> hourChart;
    @FXML
    private Label dineIn;
    @FXML
    private Label takeOut;
    @FXML
    private TableView<SalesViewModel.ItemRow> items;
    @FXML
    private TableColumn<SalesViewModel.ItemRow, String> itemName;
    @FXML
    private TableColumn<SalesViewModel.ItemRow, String> itemCount;
    @FXML
    private TableColumn<SalesViewModel.ItemRow, String> itemAmount;
    @FXML
    private Label emptyDay;
    @FXML
    private Button export;
    @FXML
    private Label exportMessage;

    /** A bar is at most this wide: one busy hour is a bar, not a wall. */
    private static final double WIDEST_BAR = 64;

    private final SalesViewModel viewModel;
    private final ListChangeListener<SalesViewModel.HourBar> onHours = change -> showHours();
    private final SaveAs saveAs;

    /** @param saveAs asks where an export goes */
    public SalesView(SalesViewModel viewModel, SaveAs saveAs) {
        this.viewModel = viewModel;
        this.saveAs = saveAs;
    }

    @FXML
    private void initialize() {
        dayBar.bind(viewModel.day(), root);
        gross.textProperty().bind(viewModel.grossProperty());
        refunds.textProperty().bind(viewModel.refundsProperty());
        net.textProperty().bind(viewModel.netProperty());
        orders.textProperty().bind(viewModel.ordersProperty());
        average.textProperty().bind(viewModel.averageProperty());
        declines.textProperty().bind(viewModel.declinesProperty());
        dineIn.textProperty().bind(viewModel.dineInProperty());
        takeOut.textProperty().bind(viewModel.takeOutProperty());
        column(itemName, SalesViewModel.ItemRow::name);
        column(itemCount, SalesViewModel.ItemRow::count);
        column(itemAmount, SalesViewModel.ItemRow::amount);
        items.setItems(viewModel.items());
        items.setPlaceholder(new Label(""));
        viewModel.hours().addListener(onHours);
        hourChart.widthProperty().addListener((obs, was, now) -> narrowBars());
        emptyDay.textProperty().bind(viewModel.emptyTextProperty());
        emptyDay.visibleProperty().bind(viewModel.emptyProperty());
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        export.disableProperty().bind(viewModel.canExportBinding().not());
        exportMessage.textProperty().bind(viewModel.exportMessageProperty());
    }

    public void dispose() {
        viewModel.hours().removeListener(onHours);
    }

    @FXML
    private void export() {
        saveAs.ask(viewModel.exportFileName()).ifPresent(viewModel::exportTo);
    }

    private void showHours() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        viewModel.hours().forEach(bar -> series.getData().add(new XYChart.Data<>(bar.hour(), bar.amountWon())));
        hourChart.getData().setAll(List.of(series));
        narrowBars();
    }

    private void narrowBars() {
        int bars = Math.max(1, viewModel.hours().size());
        hourChart.setCategoryGap(Math.max(8, hourChart.getWidth() * 0.9 / bars - WIDEST_BAR));
    }

    private static <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
