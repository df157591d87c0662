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

    private Stage stage;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void startsBeforeTheStoreServerHasWrittenItsTerminalFileAndSaysItIsConnecting(@TempDir Path data)
            throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PickupApp.class,
                "--config", data.resolve("terminals/display.properties").toString(), "--lang", "en");

        await().atMost(Duration.ofSeconds(5)).until(() -> scene() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = scene();
        assertThat(scene.lookup("#connection-status").isVisible()).isTrue();
        assertThat(((Label) scene.lookup("#connection-text")).getText()).startsWith("Connecting");
        assertThat(((Label) scene.lookup("#ready-empty .empty-title")).getText())
                .isEqualTo("Your number will appear here when it is ready");
        assertThat(scene.getCursor()).isEqualTo(Cursor.NONE);
        assertThat(stage.getTitle()).isEqualTo("Pickup board · 픽업 현황");
    }

    @Test
    void f11TogglesFullScreenAndMMutesTheChime(@TempDir Path data) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PickupApp.class,
                "--config", data.resolve("display.properties").toString(), "--fullscreen");
        FxRobot robot = new FxRobot();
        await().atMost(Duration.ofSeconds(5)).until(() -> scene() != null);
        assertThat(stage.isFullScreen()).isTrue();

        robot.push(KeyCode.F11);
        await().atMost(Duration.ofSeconds(5)).until(() -> !stage.isFullScreen());
        robot.push(KeyCode.M);
        await().atMost(Duration.ofSeconds(5)).until(() -> scene().lookup("#muted-badge").isVisible());
        robot.push(KeyCode.M);
        await().atMost(Duration.ofSeconds(5)).until(() -> !scene().lookup("#muted-badge").isVisible());
    }

    private Scene scene() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene()).get();
    }
}
