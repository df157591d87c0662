package cafe.console.bar;

import cafe.client.ConnectionState;
import cafe.console.fake.FakeBar;
import cafe.console.fake.FakeConnection;
import cafe.console.fake.MutableClock;
import cafe.console.fake.RecordingChime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** A console on a real stage, with a fake bar behind it and a clock the test moves. */
final class ConsoleFixture {

    final MutableClock clock = MutableClock.at("2025-05-02T03:12:00Z");
    final FakeBar bar = new FakeBar(clock);
    final FakeConnection connection = new FakeConnection(bar, ConnectionState.CONNECTED);
    final RecordingChime chime = new RecordingChime();
    ConsoleViewModel viewModel;
    ConsoleWindow window;

    void show(Stage stage, StationSettings settings, double width, double height) {
        viewModel = new ConsoleViewModel(connection, settings, clock, Platform::runLater, chime);
        window = new ConsoleWindow(viewModel, width, height);
        stage.setScene(window.scene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        window.open();
    }

    /** Runs on the FX thread and waits for everything it set off there. */
    void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    void snapshot(Path file) {
        settle();
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.scene().snapshot(null)).get();
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
    }
}
