package cafe.kiosk.screen;

import cafe.kiosk.flow.ContactViewModel;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.TilePane;

/**
 * "Text or e-mail me when it's ready": a field with a keypad for a phone number (a keyboard for an
 * e-mail address), send, and skip; the consent line and a countdown to the order number.
 */
final class ContactView implements ScreenView {

    private static final String KEYS = "123456789-0";

    @FXML private TextField contact;
    @FXML private Label problem;
    @FXML private TilePane keypad;
    @FXML private Button send;
    @FXML private Label countdown;

    private final ContactViewModel viewModel;

    ContactView(ContactViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        contact.textProperty().bindBidirectional(viewModel.typedProperty());
        contact.setOnAction(event -> viewModel.send());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        send.disableProperty().bind(viewModel.sendingProperty());
        countdown.textProperty().bind(viewModel.countdown());
        KEYS.chars().forEach(key -> keypad.getChildren().add(key(String.valueOf((char) key))));
        Button erase = key("⌫");
        erase.setId("contact-key-erase");
        erase.setAccessibleText("⌫");
        erase.setOnAction(event -> {
            String text = contact.getText();
            contact.setText(text.isEmpty() ? text : text.substring(0, text.length() - 1));
        });
        keypad.getChildren().add(erase);
    }

    private Button key(String key) {
        Button button = new Button(key);
        button.setId("contact-key-" + key);
        button.getStyleClass().add("contact-key");
        button.setFocusTraversable(false);
        button.setOnAction(event -> contact.appendText(key));
        return button;
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
        contact.textProperty().unbindBidirectional(viewModel.typedProperty());
    }
}
