package cafe.kiosk.screen;

import cafe.kiosk.flow.DoneViewModel;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** Thank you: the order number, large, what was ordered, and where to look for it. */
final class DoneView implements ScreenView {

    @FXML private Label orderNumber;
    @FXML private Label orderType;
    @FXML private VBox lines;
    @FXML private Label countdown;

    private final DoneViewModel viewModel;
    private Subscription follows = Subscription.EMPTY;

    DoneView(DoneViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        orderNumber.textProperty().bind(viewModel.orderNumber());
        orderType.textProperty().bind(viewModel.summary());
        countdown.textProperty().bind(viewModel.countdown());
        follows = viewModel.lines().subscribe(this::drawLines);
    }

    private void drawLines(List<String> ordered) {
        lines.getChildren().setAll(ordered.stream().map(text -> {
            Label row = new Label(text);
            row.getStyleClass().add("done-line");
            row.setWrapText(true);
            return row;
        }).toList());
    }

    @FXML
    private void newOrder() {
        viewModel.newOrder();
    }

    @Override
    public void dispose() {
        follows.unsubscribe();
    }
}
