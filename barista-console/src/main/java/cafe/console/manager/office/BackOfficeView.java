package cafe.console.manager.office;

import cafe.client.ConnectionState;
import cafe.terminal.i18n.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The signed-in back office: a header with who is signed in and a sign-out button over one tab per
 * section. A section opens the first time its tab is chosen.
 */
public final class BackOfficeView {

    @FXML
    private Label linkState;
    @FXML
    private Label signedIn;
    @FXML
    private TabPane sections;

    private final Texts texts;
    private final String who;
    private final List<SectionScreen> parts;
    private final Runnable signOut;
    private final Set<SectionScreen> opened = new HashSet<>();

    public BackOfficeView(Texts texts, String who, List<SectionScreen> parts, Runnable signOut) {
        this.texts = texts;
        this.who = who;
        this.parts = parts;
        this.signOut = signOut;
    }

    @FXML
    private void initialize() {
        signedIn.setText(who);
        for (SectionScreen part : parts) {
            Tab tab = new Tab(texts.get(part.titleKey()));
            tab.setId("section-" + part.titleKey().replace('.', '-'));
            tab.setUserData(part);
            sections.getTabs().add(tab);
        }
        sections.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> openIn(now));
        openIn(sections.getSelectionModel().getSelectedItem());
    }

    /** Says in the header, while the link to the store is not up, what it is doing; nothing once it is. */
    public void showLink(ConnectionState state) {
        boolean up = state == ConnectionState.CONNECTED;
        linkState.setVisible(!up);
        linkState.setManaged(!up);
        linkState.setText(up ? "" : texts.get(state == ConnectionState.CONNECTING ? "office.link.connecting"
                : "office.link.lost"));
    }

    /** The link to the store is back: every opened section reads again what it may have missed. */
    public void storeReached() {
        opened.forEach(SectionScreen::storeReached);
    }

    /** Closes every section that was opened. */
    public void dispose() {
        opened.forEach(SectionScreen::close);
        opened.clear();
    }

    private void openIn(Tab tab) {
        if (tab != null && opened.add((SectionScreen) tab.getUserData())) {
            tab.setContent(((SectionScreen) tab.getUserData()).open());
        }
    }

    @FXML
    private void signOut() {
        signOut.run();
    }
}
