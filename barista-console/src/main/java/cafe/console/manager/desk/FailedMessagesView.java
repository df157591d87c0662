package cafe.console.manager.desk;

import cafe.contract.desk.FailedMessage;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Failed messages: the list at the left, the chosen one's story and what to do with it at the right. */
public final class FailedMessagesView {

    @FXML
    private ListView<FailedMessage> messages;
    @FXML
    private VBox chosen;
    @FXML
    private Label details;
    @FXML
    private TextField reason;
    @FXML
    private Button retry;
    @FXML
    private Button discard;
    @FXML
    private Button refresh;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator working;

    private final FailedMessagesViewModel viewModel;

    public FailedMessagesView(FailedMessagesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        messages.setItems(viewModel.messages());
        messages.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FailedMessage m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : viewModel.describe(m));
            }
        });
        viewModel.chosenProperty().addListener((obs, was, now) -> messages.getSelectionModel().select(now));
        messages.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                viewModel.chosenProperty().set(now);
            }
        });
        chosen.visibleProperty().bind(viewModel.chosenProperty().isNotNull());
        details.textProperty().bind(viewModel.detailsProperty());
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        retry.disableProperty().bind(viewModel.line().busyProperty());
        discard.disableProperty().bind(viewModel.line().busyProperty());
        refresh.disableProperty().bind(viewModel.line().busyProperty());
        CallLineView.follow(message, working, viewModel.line());
    }

    @FXML
    private void retry() {
        viewModel.retry();
    }

    @FXML
    private void discard() {
        viewModel.discard();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
