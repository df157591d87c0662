package cafe.console.manager.receipt;

import cafe.contract.receipt.ReceiptView;
import cafe.terminal.fx.Fxml;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * One receipt on the screen, wherever it is asked for (the Receipts section, an order's history):
 * the receipt as it prints, what staff did with it, and the e-mail, resend and print controls, with
 * the line that says what is under way or went wrong.
 */
public final class ReceiptCard {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    @FXML private TextField email;
    @FXML private Button resend;
    @FXML private Button print;
    @FXML private ProgressIndicator working;
    @FXML private Label message;
    @FXML private Label printed;
    @FXML private VBox history;
    @FXML private ListView<String> historyList;

    private final ReceiptViewModel viewModel;

    private ReceiptCard(ReceiptViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The card's layout, bound to {@code viewModel}. */
    public static Node load(ReceiptViewModel viewModel) {
        return Fxml.load(ReceiptCard.class, "ReceiptCard.fxml", viewModel.texts().bundle(), new ReceiptCard(viewModel));
    }

    @FXML
    private void initialize() {
        email.textProperty().bindBidirectional(viewModel.emailProperty());
        email.setOnAction(event -> viewModel.resend());
        resend.disableProperty().bind(viewModel.busyProperty().or(viewModel.receiptProperty().isNull()));
        print.disableProperty().bind(viewModel.busyProperty().or(viewModel.receiptProperty().isNull()));
        email.disableProperty().bind(viewModel.receiptProperty().isNull());
        working.visibleProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.problemProperty().subscribe(failed -> message.pseudoClassStateChanged(PROBLEM, failed));
        viewModel.receiptProperty().subscribe(this::show);
    }

    private void show(ReceiptView receipt) {
        printed.setText(receipt == null ? "" : String.join("\n", receipt.printed()));
        historyList.getItems().setAll(receipt == null ? List.of() : viewModel.history(receipt));
        history.setVisible(receipt != null);
    }

    @FXML
    private void resend() {
        viewModel.resend();
    }

    @FXML
    private void print() {
        viewModel.print();
    }
}
