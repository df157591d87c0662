package cafe.console.manager.desk;

import cafe.console.manager.office.DayPickerView;
import cafe.console.manager.receipt.ReceiptCard;
import cafe.console.manager.receipt.ReceiptViewModel;
import cafe.contract.desk.OrderSummary;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Orders: the search and the orders found at the left, the chosen order's history (and receipt) at the right. */
public final class OrdersView {

    @FXML
    private DatePicker day;
    @FXML
    private TextField number;
    @FXML
    private TextField from;
    @FXML
    private TextField to;
    @FXML
    private ListView<OrderSummary> found;
    @FXML
    private Label searchMessage;
    @FXML
    private ProgressIndicator searching;
    @FXML
    private VBox detail;
    @FXML
    private Label heading;
    @FXML
    private Label items;
    @FXML
    private Label steps;
    @FXML
    private Label payments;
    @FXML
    private Label bar;
    @FXML
    private TextField reason;
    @FXML
    private Button cancel;
    @FXML
    private Button reload;
    @FXML
    private Label detailMessage;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Button receipt;
    @FXML
    private VBox receiptCard;
    @FXML
    private ScrollPane detailScroll;

    private final OrderSearchViewModel search;
    private final OrderDetailViewModel order;

    public OrdersView(OrderSearchViewModel search, OrderDetailViewModel order) {
        this.search = search;
        this.order = order;
    }

    @FXML
    private void initialize() {
        DayPickerView.fit(day, search.dates(), search::dayUnreadable);
        day.valueProperty().bindBidirectional(search.dayProperty());
        number.textProperty().bindBidirectional(search.numberProperty());
        from.textProperty().bindBidirectional(search.fromProperty());
        to.textProperty().bindBidirectional(search.toProperty());
        found.setItems(search.found());
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OrderSummary summary, boolean empty) {
                super.updateItem(summary, empty);
                setText(empty || summary == null ? null : search.describe(summary));
            }
        });
        found.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                order.open(now.orderId());
            }
        });
        CallLineView.follow(searchMessage, searching, search.line());
        detail.visibleProperty().bind(order.openProperty());
        heading.textProperty().bind(order.headingProperty());
        items.textProperty().bind(order.itemsProperty());
        steps.textProperty().bind(order.stepsProperty());
        payments.textProperty().bind(order.paymentsProperty());
        bar.textProperty().bind(order.barProperty());
        reason.textProperty().bindBidirectional(order.reasonProperty());
        cancel.disableProperty().bind(order.line().busyProperty());
        reload.disableProperty().bind(order.line().busyProperty());
        CallLineView.follow(detailMessage, loading, order.line());
        ReceiptViewModel shown = order.receipt();
        receipt.disableProperty().bind(order.line().busyProperty().or(shown.busyProperty()));
        receiptCard.getChildren().setAll(ReceiptCard.load(shown));
        receiptCard.visibleProperty().bind(shown.receiptProperty().isNotNull().or(shown.messageProperty().isNotEmpty()));
        receiptCard.managedProperty().bind(receiptCard.visibleProperty());
        receiptCard.visibleProperty().subscribe(shownNow -> {
            if (shownNow) {
                detailScroll.layout();
                detailScroll.setVvalue(detailScroll.getVmax());
            }
        });
    }

    @FXML
    private void showReceipt() {
        order.showReceipt();
    }

    @FXML
    private void findByNumber() {
        search.findByNumber();
    }

    @FXML
    private void findByTime() {
        search.findByTime();
    }

    @FXML
    private void cancel() {
        order.cancel();
    }

    @FXML
    private void reload() {
        order.reload();
    }
}
