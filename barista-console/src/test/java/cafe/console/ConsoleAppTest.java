package cafe.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.core.server.RunningStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console as {@code ./cafe console} starts it: the app with {@code --config}, reading the
 * terminal file a real StoreServer wrote, and the console keys of a copy of that file.
 */
class ConsoleAppTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    static Path dataDir;
    private static RunningStore store;

    private Stage stage;
    private Application app;

    @BeforeAll
    static void openTheStore() {
        store = RunningStore.withTestMenu(dataDir);
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        store.close();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void startsFromTheTerminalFileTheServerWroteAndGoesOnline() throws Exception {
        launch("--config", dataDir.resolve("terminals/barista.properties").toString());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(text(".connection-pill")).isEqualTo("연결됨"));
        assertThat(stage.getTitle()).isEqualTo("바리스타 콘솔 · bar-1");
        assertThat(text(".station")).isEqualTo("bar-1");
    }

    @Test
    void takesItsStationLanguageAndThemeFromItsOwnCopyOfTheFileAndTheStationFromTheCommandLine()
            throws Exception {
        Path copy = dataDir.resolve("console-front.properties");
        Files.copy(dataDir.resolve("terminals/barista.properties"), copy);
        Files.writeString(copy, "console.station=bar-2\nconsole.language=en\nconsole.theme=light\n",
                StandardOpenOption.APPEND);

        launch("--config", copy.toString(), "--station", "front");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(text(".connection-pill")).isEqualTo("Online"));
        assertThat(stage.getTitle()).isEqualTo("Barista console · front");
        assertThat(text(".station")).isEqualTo("front");
        assertThat(scene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("tokens-light.css"));
    }

    private void launch(String... args) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ConsoleApp.class, args);
        await().atMost(PATIENCE).until(() -> scene() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Label) stage.getScene().lookup(query)).getText()).get();
    }

    private Scene scene() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene()).get();
    }
}
