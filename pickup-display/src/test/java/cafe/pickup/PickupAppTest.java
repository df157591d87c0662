package cafe.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class PickupAppTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private Stage stage;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void startsFullScreenWithoutACursorBeforeTheStoreServerHasWrittenItsTerminalFileAndSaysItIsConnecting(
            @TempDir Path data) throws Exception {
        launch("--config", data.resolve("terminals/display.properties").toString(), "--lang", "en");

        Scene scene = scene();
        assertThat(onFx(stage::isFullScreen)).isTrue();
        assertThat(scene.getCursor()).isEqualTo(Cursor.NONE);
        assertThat(scene.lookup("#connection-status").isVisible()).isTrue();
        assertThat(((Label) scene.lookup("#connection-text")).getText()).startsWith("Connecting");
        assertThat(((Label) scene.lookup("#ready-empty .empty-title")).getText())
                .isEqualTo("Your number will appear here when it is ready");
        assertThat(stage.getTitle()).isEqualTo("Pickup board · 픽업 현황");
    }

    @Test
    void f11LeavesAndReentersFullScreenAndMMutesTheChime(@TempDir Path data) throws Exception {
        launch("--config", data.resolve("display.properties").toString());
        FxRobot robot = new FxRobot();

        robot.push(KeyCode.F11);
        await().atMost(PATIENCE).until(() -> !onFx(stage::isFullScreen));
        robot.push(KeyCode.F11);
        await().atMost(PATIENCE).until(() -> onFx(stage::isFullScreen));
        robot.push(KeyCode.M);
        await().atMost(PATIENCE).until(() -> scene().lookup("#muted-badge").isVisible());
        robot.push(KeyCode.M);
        await().atMost(PATIENCE).until(() -> !scene().lookup("#muted-badge").isVisible());
    }

    @Test
    void windowedForDevelopmentItKeepsTheMouseCursor(@TempDir Path data) throws Exception {
        launch("--config", data.resolve("display.properties").toString(), "--windowed");

        assertThat(onFx(stage::isFullScreen)).isFalse();
        assertThat(scene().getCursor()).isNotEqualTo(Cursor.NONE);
    }

    private void launch(String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        app = FxToolkit.setupApplication(PickupApp.class, args);
        await().atMost(PATIENCE).until(() -> scene() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Scene scene() throws Exception {
        return onFx(stage::getScene);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
