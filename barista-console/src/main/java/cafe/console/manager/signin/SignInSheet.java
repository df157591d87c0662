package cafe.console.manager.signin;

import cafe.client.ManagerClient;
import cafe.contract.staff.StaffMember;
import cafe.contract.staff.StaffPass;
import cafe.terminal.fx.Fxml;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.i18n.Texts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks for the PIN again over the back office once the staff pass ran out. Only the staff member who
 * was signed in may carry on: the office's half-done work is theirs, and what it sends again goes
 * under their name. Someone else signs out on the sheet and in on the card. The office stays as it
 * was under the sheet, out of reach until the sheet goes.
 */
public final class SignInSheet {

    private static final Logger LOG = LoggerFactory.getLogger(SignInSheet.class);

    private final TerminalScene scene;
    private final ManagerClient client;
    private final Texts texts;
    private final Executor ui;

    public SignInSheet(TerminalScene scene, ManagerClient client, Texts texts, Executor ui) {
        this.scene = scene;
        this.client = client;
        this.texts = texts;
        this.ui = ui;
    }

    /**
     * Covers the office with the sheet; on the FX thread. The answer is the staff member's new pass;
     * the sheet goes once it is answered or called off ({@link CompletableFuture#cancel}).
     *
     * @param signOut what the sheet's "sign out" does
     */
    public CompletableFuture<StaffPass> ask(StaffMember who, Runnable signOut) {
        LOG.info("The staff pass of {} ran out: asking for the PIN over the back office", who.id());
        CompletableFuture<StaffPass> signedIn = new CompletableFuture<>();
        SignInViewModel door = new SignInViewModel(client, texts, ui, signedIn::complete);
        door.chosenProperty().set(who);
        SignInSheetView view = new SignInSheetView(door, texts.get("sheet.hint", who.name()),
                texts.get("sheet.someoneElse", who.name()), signOut);
        Parent sheet = Fxml.load(SignInSheetView.class, "SignInSheet.fxml", texts.bundle(), view);
        Parent office = scene.content();
        office.setDisable(true);
        scene.cover(sheet);
        view.focusPin();
        signedIn.whenComplete((pass, calledOff) -> {
            scene.uncover(sheet);
            office.setDisable(false);
        });
        return signedIn;
    }
}
