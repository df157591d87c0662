package cafe.console.manager;

import cafe.client.CafeConnection;
import cafe.contract.wire.Role;
import cafe.core.staff.StaffFixture;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import cafe.terminal.testing.LiveStore;
import cafe.terminal.testing.Snapshot;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Writes docs/screenshots/manager-*.png from a real store: run with {@code -Dscreenshots.dir=<absolute dir>}. */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ManagerScreenshots {

    private final Path dir = Path.of(System.getProperty("screenshots.dir", "."));
    private static LiveStore store;
    private CafeConnection link;
    private ManagerWindow window;

    @BeforeAll
    static void openTheStore() throws Exception {
        store = LiveStore.start();
        StaffFixture.enrol(store.dataDir(), "kim", "김민지", "2468");
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        store.close();
    }

    @Start
    void start(Stage stage) {
        link = store.connected(Role.MANAGER);
        window = new ManagerWindow(link.manager(), Texts.of(ManagerWindow.TEXTS, Language.KO), Platform::runLater,
                1440, 900);
        stage.setScene(window.scene().scene());
        stage.show();
        window.open();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(window::close);
        link.close();
    }

    @Test
    void signInAndTheMenuEditor(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, "김민지"));
        robot.clickOn("#sign-in-pin").write("1111").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#sign-in-message").queryLabeled().getText().contains("확인"));
        Snapshot.write(window.scene().scene(), dir.resolve("manager-sign-in.png"));

        robot.clickOn("#sign-in-pin").write("2468").type(KeyCode.ENTER);
        robot.clickOn(cell(robot, "아메리카노  ·  4,500원"));
        TextField price = robot.lookup("#price").queryAs(TextField.class);
        robot.interact(() -> price.setText("4,800"));
        robot.clickOn("#item-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#editor-message").queryLabeled().getText().contains("저장했습니다"));
        Snapshot.write(window.scene().scene(), dir.resolve("manager-menu.png"));
    }

    private static Node cell(FxRobot robot, String text) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".list-cell")
                    .queryAllAs(ListCell.class).stream().anyMatch(c -> text.equals(c.getText())));
        } catch (TimeoutException e) {
            throw new AssertionError("no list entry " + text, e);
        }
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream().filter(c -> text.equals(c.getText()))
                .findFirst().orElseThrow();
    }
}
