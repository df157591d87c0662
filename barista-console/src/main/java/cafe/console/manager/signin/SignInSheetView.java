package cafe.console.manager.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The sheet over the office: whose pass ran out, their PIN, what became of the last try, and the way out. */
public final class SignInSheetView extends PinView {

    @FXML
    private Label hint;
    @FXML
    private Label someoneElse;

    private final String hintText;
    private final String someoneElseText;
    private final Runnable signOut;

    /** @param signOut what the sheet's "sign out" does */
    public SignInSheetView(SignInViewModel door, String hintText, String someoneElseText, Runnable signOut) {
        super(door);
        this.hintText = hintText;
        this.someoneElseText = someoneElseText;
        this.signOut = signOut;
    }

    @FXML
    private void initialize() {
        hint.setText(hintText);
        someoneElse.setText(someoneElseText);
        bindPin();
    }

    @FXML
    private void signOut() {
        signOut.run();
    }
}
