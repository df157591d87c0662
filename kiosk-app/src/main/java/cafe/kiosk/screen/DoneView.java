package cafe.kiosk.screen;

import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.order.CartEntry;
import cafe.kiosk.pay.PaidOrder;
import cafe.terminal.i18n.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Thank you: the order number, large, what was ordered, and where to look for it. */
final class DoneView implements ScreenView {

    @FXML private Label orderNumber;
    @FXML private Label orderType;
    @FXML private VBox lines;
    @FXML private Label countdown;

    private final KioskViewModel viewModel;
    private final Watches watches = new Watches();

    DoneView(KioskViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Texts texts = viewModel.texts();
        PaidOrder order = viewModel.paidOrderProperty().get();
        if (order != null) {
            orderNumber.setText(String.valueOf(order.orderNumber()));
            orderType.setText(texts.get(order.orderType() == cafe.contract.order.OrderType.DINE_IN
                    ? "start.dinein" : "start.takeout") + "  ·  " + texts.won(order.totalWon()));
            for (CartEntry line : order.lines()) {
                String options = texts.ofAll(line.optionNames());
                Label row = new Label(line.quantity() + " × " + texts.of(line.name())
                        + (options.isEmpty() ? "" : "  (" + options + ")"));
                row.getStyleClass().add("done-line");
                row.setWrapText(true);
                lines.getChildren().add(row);
            }
        }
        watches.watch(() -> countdown.setText(texts.get("done.countdown", viewModel.doneSecondsLeftProperty().get())),
                viewModel.doneSecondsLeftProperty());
    }

    @FXML
    private void newOrder() {
        viewModel.startOver();
    }

    @Override
    public void dispose() {
        watches.removeAll();
    }
}
