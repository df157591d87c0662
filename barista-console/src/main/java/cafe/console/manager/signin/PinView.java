package cafe.console.manager.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/**
 * What the sign-in card and the sheet over the office share: the PIN, the button that sends it, and
 * what became of the last try.
 */
abstract class PinView {

    @FXML
    private PasswordField pin;
    @FXML
    private Button signIn;
    @FXML
    private Label message;

    private final SignInViewModel door;

    PinView(SignInViewModel door) {
        this.door = door;
    }

    /** From the view's {@code initialize}, once the controls are there. */
    final void bindPin() {
        pin.textProperty().bindBidirectional(door.pinProperty());
        signIn.disableProperty().bind(door.busyProperty());
        message.textProperty().bind(door.messageProperty());
    }

    public final void focusPin() {
        pin.requestFocus();
    }

    @FXML
    private void signIn() {
        door.signIn();
    }
}
