package cafe.kiosk.screen;

import cafe.contract.order.OrderType;
import cafe.kiosk.flow.CartViewModel;
import cafe.kiosk.flow.CartViewModel.Line;
import cafe.terminal.i18n.Texts;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The cart: lines (CartLine.fxml) with quantities and what changed, dine-in or take-out, wait, total, pay. */
final class CartView implements ScreenView {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    @FXML private VBox lines;
    @FXML private Label notice;
    @FXML private ToggleButton dineIn;
    @FXML private ToggleButton takeOut;
    @FXML private Label waitEstimate;
    @FXML private Label total;
    @FXML private Button payButton;

    private final CartViewModel viewModel;
    private final Texts texts;
    private Subscription follows = Subscription.EMPTY;

    CartView(CartViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        Banner.show(notice, viewModel.notice());
        waitEstimate.textProperty().bind(viewModel.waitText());
        total.textProperty().bind(viewModel.total());
        payButton.textProperty().bind(viewModel.payText());
        payButton.disableProperty().bind(viewModel.canPay().not());
        follows = Subscription.combine(
                viewModel.orderTypeProperty().subscribe(type -> {
                    dineIn.setSelected(type == OrderType.DINE_IN);
                    takeOut.setSelected(type == OrderType.TAKE_OUT);
                }),
                viewModel.lines().subscribe(shown -> Focus.keep(lines, () -> drawLines(shown))));
    }

    private void drawLines(List<Line> shown) {
        lines.getChildren().setAll(shown.stream().map(this::line).toList());
    }

    private Node line(Line line) {
        Node row = Layouts.load("CartLine.fxml", new LineView(line), texts);
        row.pseudoClassStateChanged(PROBLEM, line.problem() != null);
        return row;
    }

    @FXML
    private void dineIn() {
        viewModel.dineIn();
        dineIn.setSelected(true);
    }

    @FXML
    private void takeOut() {
        viewModel.takeOut();
        takeOut.setSelected(true);
    }

    @FXML
    private void addMore() {
        viewModel.addMore();
    }

    @FXML
    private void pay() {
        viewModel.pay();
    }

    @Override
    public void dispose() {
        follows.unsubscribe();
    }

    /** One line's controller: fills CartLine.fxml, names its buttons by the line's place, forwards presses. */
    private final class LineView {

        @FXML private Picture picture;
        @FXML private Label name;
        @FXML private Label options;
        @FXML private Label problem;
        @FXML private Label quantity;
        @FXML private Label total;
        @FXML private Button less;
        @FXML private Button more;
        @FXML private Button remove;

        private final Line line;

        LineView(Line line) {
            this.line = line;
        }

        @FXML
        private void initialize() {
            String id = "line-" + line.index() + "-";
            picture.setResource(line.picture());
            name.setText(line.name());
            options.setText(line.options());
            problem.setText(line.problem());
            Banner.showWhen(problem, line.problem() != null);
            quantity.setText(line.quantity());
            total.setText(line.total());
            more.setDisable(!line.canAddMore());
            problem.setId(id + "problem");
            quantity.setId(id + "quantity");
            less.setId(id + "less");
            more.setId(id + "more");
            remove.setId(id + "remove");
            String marked = line.problem() == null ? "" : ". " + line.problem();
            less.setAccessibleText(texts.get("speech.line.less", line.name(), line.quantity()) + marked);
            more.setAccessibleText(texts.get("speech.line.more", line.name(), line.quantity()) + marked);
            remove.setAccessibleText(texts.get("speech.line.remove", line.name()) + marked);
        }

        @FXML
        private void less() {
            viewModel.less(line.index());
        }

        @FXML
        private void more() {
            viewModel.more(line.index());
        }

        @FXML
        private void remove() {
            viewModel.remove(line.index());
        }
    }
}
