package cafe.kiosk.screen;

import cafe.contract.order.OrderType;
import cafe.contract.order.WaitEstimate;
import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.order.CartEntry;
import cafe.kiosk.order.LineProblem;
import cafe.terminal.i18n.Texts;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The cart: lines with options and quantities, changed lines marked, dine-in or take-out, wait, pay. */
final class CartView implements ScreenView {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    @FXML private VBox lines;
    @FXML private Label notice;
    @FXML private ToggleButton dineIn;
    @FXML private ToggleButton takeOut;
    @FXML private Label waitEstimate;
    @FXML private Label total;
    @FXML private Button payButton;

    private final KioskViewModel viewModel;
    private final Watches watches = new Watches();

    CartView(KioskViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        watches.watch(() -> {
            dineIn.setSelected(viewModel.orderTypeProperty().get() == OrderType.DINE_IN);
            takeOut.setSelected(viewModel.orderTypeProperty().get() == OrderType.TAKE_OUT);
        }, viewModel.orderTypeProperty());
        watches.watch(() -> Focus.keep(lines, this::drawLines), viewModel.cart().lines());
        watches.watch(() -> Notices.show(notice, viewModel), viewModel.noticeProperty());
        watches.watch(this::showWait, viewModel.waitEstimateProperty());
        watches.watch(this::showTotal, viewModel.cart().lines(), viewModel.orderingOpen());
    }

    private void drawLines() {
        lines.getChildren().clear();
        for (int index = 0; index < viewModel.cart().lines().size(); index++) {
            lines.getChildren().add(line(index, viewModel.cart().lines().get(index)));
        }
    }

    private Node line(int index, CartEntry entry) {
        Texts texts = viewModel.texts();
        Label name = new Label(texts.of(entry.name()));
        name.getStyleClass().add("line-name");
        Label options = new Label(texts.ofAll(entry.optionNames()));
        options.getStyleClass().add("line-options");
        options.setWrapText(true);
        VBox about = new VBox(name, options);
        if (entry.problem() != LineProblem.NONE) {
            Label problem = new Label(texts.get("cart.problem." + entry.problem().name().toLowerCase(),
                    texts.won(entry.unitPriceWon())));
            problem.setId("line-" + index + "-problem");
            problem.getStyleClass().add("line-problem");
            problem.setWrapText(true);
            about.getChildren().add(problem);
        }
        about.getStyleClass().add("line-about");
        HBox.setHgrow(about, Priority.ALWAYS);
        Label quantity = new Label(String.valueOf(entry.quantity()));
        quantity.setId("line-" + index + "-quantity");
        quantity.getStyleClass().add("quantity");
        Label lineTotal = new Label(texts.won(entry.lineTotalWon()));
        lineTotal.getStyleClass().add("line-total");
        HBox controls = new HBox(
                button("line-" + index + "-less", "−", () -> viewModel.cart().changeQuantity(index, -1)),
                quantity,
                button("line-" + index + "-more", "+", () -> viewModel.cart().changeQuantity(index, 1)),
                lineTotal,
                button("line-" + index + "-remove", texts.get("cart.remove"), () -> viewModel.cart().remove(index)));
        controls.getStyleClass().add("line-controls");
        // accessible mode: the text is twice as large, so the controls go under the name
        Pane row = viewModel.accessibleProperty().get() ? new VBox(about, controls)
                : new HBox(Pictures.of(entry.imageResource(), 4.2), about, controls);
        row.getStyleClass().add("cart-line");
        row.pseudoClassStateChanged(PROBLEM, entry.problem() != LineProblem.NONE);
        return row;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(id.endsWith("remove") ? "remove-button" : "stepper-button");
        button.setOnAction(event -> action.run());
        return button;
    }

    private void showWait() {
        WaitEstimate estimate = viewModel.waitEstimateProperty().get();
        waitEstimate.setText(estimate == null ? viewModel.texts().get("cart.wait.unknown")
                : estimate.ordersAhead() == 0 ? viewModel.texts().get("cart.wait.none", Math.max(1, estimate.minutes()))
                : viewModel.texts().get("cart.wait", estimate.minutes(), estimate.ordersAhead()));
    }

    private void showTotal() {
        Texts texts = viewModel.texts();
        String amount = texts.won(viewModel.cart().totalWon().get());
        total.setText(amount);
        payButton.setText(texts.get("cart.pay", amount));
        payButton.setDisable(!viewModel.cart().payable().get() || !viewModel.orderingOpen().get());
    }

    @FXML
    private void dineIn() {
        viewModel.orderTypeProperty().set(OrderType.DINE_IN);
        dineIn.setSelected(true);
    }

    @FXML
    private void takeOut() {
        viewModel.orderTypeProperty().set(OrderType.TAKE_OUT);
        takeOut.setSelected(true);
    }

    @FXML
    private void addMore() {
        viewModel.backToMenu();
    }

    @FXML
    private void pay() {
        viewModel.pay();
    }

    @Override
    public void dispose() {
        watches.removeAll();
    }
}
