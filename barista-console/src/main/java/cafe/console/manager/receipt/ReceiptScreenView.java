package cafe.console.manager.receipt;

import cafe.contract.receipt.ReceiptView;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The receipt desk's view: binds the fields and forwards the buttons. */
final class ReceiptScreenView {

    @FXML private TextField number;
    @FXML private TextField email;
    @FXML private Button find;
    @FXML private Button resend;
    @FXML private Button print;
    @FXML private ProgressIndicator working;
    @FXML private Label message;
    @FXML private Label printed;
    @FXML private VBox history;
    @FXML private ListView<String> historyList;

    private final ReceiptViewModel viewModel;

    ReceiptScreenView(ReceiptViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        number.textProperty().bindBidirectional(viewModel.numberProperty());
        email.textProperty().bindBidirectional(viewModel.emailProperty());
        number.setOnAction(event -> viewModel.find());
        email.setOnAction(event -> viewModel.resend());
        find.disableProperty().bind(viewModel.busyProperty());
        resend.disableProperty().bind(viewModel.busyProperty().or(viewModel.receiptProperty().isNull()));
        print.disableProperty().bind(viewModel.busyProperty().or(viewModel.receiptProperty().isNull()));
        email.disableProperty().bind(viewModel.receiptProperty().isNull());
        working.visibleProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.problemProperty().subscribe(failed -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("problem"), failed));
        viewModel.receiptProperty().subscribe(this::show);
    }

    private void show(ReceiptView receipt) {
        printed.setText(receipt == null ? "" : String.join("\n", receipt.printed()));
        historyList.getItems().setAll(receipt == null ? java.util.List.of() : viewModel.history(receipt));
        history.setVisible(receipt != null);
    }

    @FXML
    private void find() {
        viewModel.find();
    }

    @FXML
    private void resend() {
        viewModel.resend();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    void dispose() {
        number.textProperty().unbindBidirectional(viewModel.numberProperty());
        email.textProperty().unbindBidirectional(viewModel.emailProperty());
    }
}
