package cafe.console.manager.receipt;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Receipts section's view: the order number to find, over the found receipt's card. */
final class ReceiptScreenView {

    @FXML private TextField number;
    @FXML private Button find;
    @FXML private VBox card;

    private final ReceiptViewModel viewModel;

    ReceiptScreenView(ReceiptViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        number.textProperty().bindBidirectional(viewModel.numberProperty());
        number.setOnAction(event -> viewModel.find());
        find.disableProperty().bind(viewModel.busyProperty());
        Node shown = ReceiptCard.load(viewModel);
        VBox.setVgrow(shown, Priority.ALWAYS);
        card.getChildren().setAll(shown);
    }

    @FXML
    private void find() {
        viewModel.find();
    }

    void dispose() {
        number.textProperty().unbindBidirectional(viewModel.numberProperty());
    }
}
