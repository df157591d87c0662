package cafe.console.manager;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.ManagerClient;
import cafe.client.Subscription;
import cafe.console.manager.desk.FailedMessagesScreen;
import cafe.console.manager.desk.OrdersScreen;
import cafe.console.manager.menu.MenuScreen;
import cafe.console.manager.menu.OptionGroupsScreen;
import cafe.console.manager.office.BackOfficeView;
import cafe.console.manager.office.Desk;
import cafe.console.manager.office.SectionScreen;
import cafe.console.manager.office.StaffCalls;
import cafe.console.manager.prep.PrepTimesScreen;
import cafe.console.manager.report.SaveAs;
import cafe.console.manager.sales.SalesScreen;
import cafe.console.manager.receipt.ReceiptScreen;
import cafe.console.manager.signin.SignInSheetView;
import cafe.console.manager.signin.SignInView;
import cafe.console.manager.signin.SignInViewModel;
import cafe.contract.staff.StaffMember;
import cafe.contract.staff.StaffPass;
import cafe.terminal.fx.Fxml;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.i18n.Texts;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager screen: the sign-in card until a staff member signs in, then the back office's
 * sections under their name; signing out brings the card back. A pass that ran out is renewed
 * over the office, which stays as it was.
 */
public final class ManagerWindow {

    public static final String TEXTS = "cafe.console.manager.i18n.manager";
    private static final Logger LOG = LoggerFactory.getLogger(ManagerWindow.class);
    private static final String THEME = "/cafe/console/manager/manager.css";
    /** The back office's tabs, in order; a new section is one more line here. */
    private static final List<Function<Desk, SectionScreen>> SECTIONS = List.of(
            MenuScreen::new,
            OptionGroupsScreen::new,
            SalesScreen::new,
            PrepTimesScreen::new,
            OrdersScreen::new,
            FailedMessagesScreen::new,
            ReceiptScreen::new);

    private final ManagerClient client;
    private final Texts texts;
    private final Executor ui;
    private final SaveAs saveAs;
    private final TerminalScene scene;
    private final SignInViewModel signIn;
    private BackOfficeView office;
    private StaffCalls calls;
    private ConnectionState link = ConnectionState.CONNECTING;

    /** @param saveAs asks where a file the manager exports goes */
    public ManagerWindow(ManagerClient client, Texts texts, Executor ui, SaveAs saveAs, double width, double height) {
        this.client = client;
        this.texts = texts;
        this.ui = ui;
        this.saveAs = saveAs;
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
        signIn.stop();
        leaveOffice();
    }

    /**
     * The back office's header says when the link to the store is not up. Each time it comes (back)
     * up, the sign-in card, if it is showing, asks again who may sign in (it could not while the link
     * was down, e.g. when the window opened before the link did) and drops what it said; the back
     * office, if it is showing, reads its sections again. Close the answer to stop following.
     */
    public Subscription follow(CafeConnection connection) {
        return connection.onStateChange(state -> ui.execute(() -> linkChanged(state)));
    }

    private void linkChanged(ConnectionState state) {
        link = state;
        if (office != null) {
            office.showLink(state);
        }
        if (state == ConnectionState.CONNECTED) {
            storeReached();
        }
    }

    private void storeReached() {
        if (office != null) {
            office.storeReached();
        } else {
            signIn.tell("");
            signIn.load();
        }
    }

    private void showSignIn(String why) {
        scene.show(Fxml.load(SignInView.class, "SignIn.fxml", texts.bundle(), new SignInView(signIn)));
        signIn.tell(why);
        signIn.load();
    }

    private void signedIn(StaffPass pass) {
        signIn.stop();
        StaffMember who = new StaffMember(pass.staffId(), pass.name());
        calls = new StaffCalls(ui, () -> signInAgain(who));
        Desk desk = new Desk(client, texts, ui, calls, saveAs, pass.zoneOr(ZoneId.systemDefault()));
        List<SectionScreen> sections = SECTIONS.stream().map(section -> section.apply(desk)).toList();
        office = new BackOfficeView(texts, texts.get("office.signedIn", pass.name()), sections, this::signOut);
        scene.show(Fxml.load(BackOfficeView.class, "BackOffice.fxml", texts.bundle(), office));
        office.showLink(link);
    }

    /**
     * Covers the office with a sheet that asks the staff member whose pass ran out for their PIN. Only
     * they may carry on: the office's half-done work is theirs, and what it sends again goes under
     * their name; someone else signs out on the sheet. The office stays as it was, out of reach until
     * the sheet goes: once they signed in, or when the sign-in is called off.
     */
    private CompletableFuture<StaffPass> signInAgain(StaffMember who) {
        LOG.info("The staff pass of {} ran out: asking for the PIN over the back office", who.id());
        CompletableFuture<StaffPass> signedIn = new CompletableFuture<>();
        SignInViewModel door = new SignInViewModel(client, texts, ui, signedIn::complete);
        door.chosenProperty().set(who);
        SignInSheetView view = new SignInSheetView(door, texts.get("sheet.hint", who.name()),
                texts.get("sheet.someoneElse", who.name()), this::signOut);
        Parent sheet = Fxml.load(SignInSheetView.class, "SignInSheet.fxml", texts.bundle(), view);
        Parent underSheet = scene.content();
        underSheet.setDisable(true);
        scene.cover(sheet);
        view.focusPin();
        signedIn.whenComplete((pass, calledOff) -> {
            scene.uncover(sheet);
            underSheet.setDisable(false);
        });
        return signedIn;
    }

    private void signOut() {
        client.signedIn().ifPresent(pass -> LOG.info("{} signed out of the manager screen", pass.staffId()));
        client.signOut();
        leaveOffice();
        showSignIn(texts.get("signin.signedOut"));
    }

    private void leaveOffice() {
        if (office != null) {
            calls.close();
            office.dispose();
            office = null;
        }
    }
}
