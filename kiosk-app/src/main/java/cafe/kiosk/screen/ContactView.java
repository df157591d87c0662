package cafe.kiosk.screen;

import cafe.kiosk.flow.ContactChannel;
import cafe.kiosk.flow.ContactViewModel;
import cafe.terminal.i18n.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;

/**
 * "Text or e-mail me when it's ready": the choice of channel, what was typed with its caret, the
 * screen's keys for it (a keypad for a phone number, a keyboard for an e-mail address), send and
 * skip; the consent line and a countdown to the order number.
 */
final class ContactView implements ScreenView {

    @FXML private ToggleButton phone;
    @FXML private ToggleButton email;
    @FXML private Label typed;
    @FXML private Label prompt;
    @FXML private Label problem;
    @FXML private StackPane keys;
    @FXML private Button send;
    @FXML private Label countdown;

    private final ContactViewModel viewModel;
    private final Texts texts;
    private final boolean accessible;
    private Subscription follows = Subscription.EMPTY;

    ContactView(ContactViewModel viewModel, Texts texts, boolean accessible) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.accessible = accessible;
    }

    @FXML
    private void initialize() {
        typed.textProperty().bind(viewModel.typedProperty());
        prompt.visibleProperty().bind(viewModel.typedProperty().isEmpty());
        prompt.managedProperty().bind(prompt.visibleProperty());
        problem.textProperty().bind(viewModel.problem());
        problem.visibleProperty().bind(viewModel.problem().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        send.disableProperty().bind(viewModel.sendingProperty());
        countdown.textProperty().bind(viewModel.countdown());
        follows = viewModel.channelProperty().subscribe(this::showChannel);
    }

    private void showChannel(ContactChannel channel) {
        boolean byPhone = channel == ContactChannel.PHONE;
        phone.setSelected(byPhone);
        email.setSelected(!byPhone);
        prompt.setText(texts.get(byPhone ? "contact.prompt.phone" : "contact.prompt.email"));
        keys.getChildren().setAll(byPhone ? OnScreenKeyboard.phone(viewModel, texts, accessible)
                : OnScreenKeyboard.email(viewModel, texts, accessible));
    }

    @FXML
    private void byPhone() {
        viewModel.channelProperty().set(ContactChannel.PHONE);
        phone.setSelected(true);
    }

    @FXML
    private void byEmail() {
        viewModel.channelProperty().set(ContactChannel.EMAIL);
        email.setSelected(true);
    }

    @FXML
    private void send() {
        viewModel.send();
    }

    @FXML
    private void skip() {
        viewModel.skip();
    }

    @Override
    public void dispose() {
        follows.unsubscribe();
    }
}
