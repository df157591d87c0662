package cafe.console.manager;

import cafe.client.ManagerClient;
import cafe.console.manager.menu.MenuEditorView;
import cafe.console.manager.menu.MenuEditorViewModel;
import cafe.console.manager.signin.SignInView;
import cafe.console.manager.signin.SignInViewModel;
import cafe.contract.staff.StaffPass;
import cafe.terminal.fx.Fxml;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.i18n.Texts;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager screen: the sign-in card until a staff member signs in, then the menu editor under
 * their name; signing out, or a pass that ran out, brings the card back.
 */
public final class ManagerWindow {

    public static final String TEXTS = "cafe.console.manager.i18n.manager";
    private static final Logger LOG = LoggerFactory.getLogger(ManagerWindow.class);
    private static final String THEME = "/cafe/console/manager/manager.css";

    private final ManagerClient client;
    private final Texts texts;
    private final Executor ui;
    private final TerminalScene scene;
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper("");
    private final SignInViewModel signIn;
    private MenuEditorViewModel editor;
    private MenuEditorView editorView;

    public ManagerWindow(ManagerClient client, Texts texts, Executor ui, double width, double height) {
        this.client = client;
        this.texts = texts;
        this.ui = ui;
        this.scene = new TerminalScene(width, height);
        scene.wear(ManagerWindow.class, THEME);
        this.signIn = new SignInViewModel(client, texts, ui, this::signedIn);
    }

    public TerminalScene scene() {
        return scene;
    }

    public void open() {
        showSignIn("");
    }

    public void close() {
        leaveEditor();
    }

    private void showSignIn(String why) {
        scene.show(Fxml.load(SignInView.class, "SignIn.fxml", texts.bundle(), new SignInView(signIn)));
        signIn.tell(why);
        signIn.load();
    }

    private void signedIn(StaffPass pass) {
        who.set(texts.get("editor.signedIn", pass.name()));
        editor = new MenuEditorViewModel(client, texts, ui, this::signInAgain);
        editorView = new MenuEditorView(editor, who.getReadOnlyProperty(), this::signOut);
        scene.show(Fxml.load(MenuEditorView.class, "MenuEditor.fxml", texts.bundle(), editorView));
        editor.open();
    }

    private void signOut() {
        client.signedIn().ifPresent(pass -> LOG.info("{} signed out of the manager screen", pass.staffId()));
        client.signOut();
        leaveEditor();
        showSignIn(texts.get("signin.signedOut"));
    }

    private void signInAgain(String why) {
        client.signOut();
        leaveEditor();
        showSignIn(why);
    }

    private void leaveEditor() {
        if (editor != null) {
            editorView.dispose();
            editor.close();
            editor = null;
        }
    }
}
