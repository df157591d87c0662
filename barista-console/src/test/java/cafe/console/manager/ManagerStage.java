package cafe.console.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.contract.wire.Role;
import cafe.core.staff.StaffFixture;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import cafe.terminal.testing.LiveStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The manager screen on a test's stage, linked to a real store as the manager's terminal. */
final class ManagerStage {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final CafeConnection link;
    private final ManagerWindow window;
    private final Path exports;

    private ManagerStage(CafeConnection link, ManagerWindow window, Path exports) {
        this.link = link;
        this.window = window;
        this.exports = exports;
    }

    /** A store on this clock with one staff member who may sign in. */
    static LiveStore storeWith(Clock clock, String staffId, String name, String pin) throws IOException {
        LiveStore store = LiveStore.start(clock);
        StaffFixture.enrol(store.dataDir(), staffId, name, pin);
        return store;
    }

    /**
     * On the FX thread: the sign-in card at 1440x900, in this language. The stage is sized to it: an
     * earlier test class may have left the shared stage at half a screen.
     */
    static ManagerStage open(Stage stage, LiveStore store, Language language) {
        CafeConnection link = store.connected(Role.MANAGER);
        Path exports = store.dataDir().resolve("exports");
        exports.toFile().mkdirs();
        ManagerWindow window = new ManagerWindow(link.manager(), Texts.of(ManagerWindow.TEXTS, language),
                Platform::runLater, name -> Optional.of(exports.resolve(name)), 1440, 900);
        stage.setScene(window.scene().scene());
        stage.sizeToScene();
        stage.show();
        window.open();
        window.follow(link);
        return new ManagerStage(link, window, exports);
    }

    /** Where the screen's exports go: the save dialog is answered with this folder and the name offered. */
    Path exports() {
        return exports;
    }

    /** Shows the sign-in card again, as the app does when it opens; on the FX thread. */
    void reopen() {
        window.open();
    }

    Scene scene() {
        return window.scene().scene();
    }

    void close() {
        WaitForAsyncUtils.asyncFx(window::close);
        link.close();
    }

    /**
     * Clicks the entry showing exactly this text in the list until the list has it chosen: a list
     * redrawn by a menu event between finding the entry and the click loses the click.
     */
    static void choose(FxRobot robot, String list, String text) {
        await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
            ListCell<?> entry = onFx(() -> {
                ListView<?> view = robot.lookup(list).tryQueryAs(ListView.class).orElse(null);
                return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> c.getListView() == view && shows(c, text)).findFirst().orElse(null);
            });
            if (entry != null && !entry.isSelected()) {
                robot.clickOn(entry);
            }
            return entry != null && entry.isSelected();
        });
    }

    /**
     * Signs in with the staff member's PIN and waits for the back office's first section: the header
     * shows at once, the tab's content only once the tabs' skin has laid it out, a pulse later.
     */
    static void signIn(FxRobot robot, String name, String pin) {
        choose(robot, "#sign-in-staff", name);
        robot.clickOn("#sign-in-pin").write(pin).type(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup(".tab-pane").tryQueryAs(TabPane.class)
                .map(tabs -> tabs.getSelectionModel().getSelectedItem().getContent())
                .filter(section -> section.getScene() != null).isPresent()));
    }

    /** Empties the field and types the text into it, as a manager does after tabbing to it. */
    static void replace(FxRobot robot, String field, String text) {
        TextField input = onFx(() -> robot.lookup(field).queryAs(TextField.class));
        robot.interact(() -> {
            input.requestFocus();
            input.clear();
        });
        if (!text.isEmpty()) {
            robot.write(text);
        }
        await().atMost(PATIENCE).until(() -> text.equals(input.getText()));
    }

    /** Waits until the label shows exactly this text. */
    static void awaitText(FxRobot robot, String query, String text) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onFx(() -> robot.lookup(query).tryQuery()
                .map(node -> ((Label) node).getText()).orElse(null))).isEqualTo(text));
    }

    /** Chooses the back office's tab with this title. */
    static void openSection(FxRobot robot, String title) {
        // a label of the window the last test left may still be found, or leave its scene before the click
        await().atMost(PATIENCE).ignoreException(NullPointerException.class).until(() -> {
            Node tab = onFx(() -> robot.lookup(".tab-label").queryAll().stream()
                    .filter(node -> node instanceof Labeled label && title.equals(label.getText())
                            && node.getScene() != null)
                    .findFirst().orElse(null));
            if (tab != null) {
                robot.clickOn(tab);
            }
            return tab != null;
        });
    }

    /** The list entry showing exactly this text, once it is there. */
    static Node cell(FxRobot robot, String text) {
        return await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup(".list-cell")
                .queryAllAs(ListCell.class).stream().filter(c -> shows(c, text)).findFirst().orElse(null)),
                found -> found != null);
    }

    /** Waits until no list shows a cell with this text. */
    static void awaitNoCell(FxRobot robot, String text) {
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class)
                .stream().noneMatch(c -> shows(c, text))));
    }

    /** A cell the list shows now: the list keeps spare cells, hidden, with the text they had last. */
    private static boolean shows(ListCell<?> cell, String text) {
        return cell.isVisible() && !cell.isEmpty() && text.equals(cell.getText());
    }

    /**
     * Clicks a back-office section's tab until the section's {@code content} is on the screen: a tab
     * header laid out anew (just after sign-in) loses the click, or is found without a scene.
     */
    static void openSection(FxRobot robot, String tab, String content) {
        await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (onFx(() -> robot.lookup(content).tryQuery().filter(node -> node.getScene() != null).isPresent())) {
                return true;
            }
            onFx(() -> robot.lookup(tab).tryQuery().filter(node -> node.getScene() != null)).ifPresent(robot::clickOn);
            return false;
        });
    }

    /**
     * Reads the scene on the FX thread: a lookup from the test's thread walks children the FX thread
     * may be changing (CI once failed OrderDeskScreenTest with an IndexOutOfBoundsException inside it).
     */
    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + PATIENCE, e);
        }
    }
}
