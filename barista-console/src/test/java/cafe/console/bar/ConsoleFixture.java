package cafe.console.bar;

import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.RecordingChime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.awaitility.core.ThrowingRunnable;
import org.testfx.api.FxRobot;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A console on a real stage over the link a test gives it (a fake bar or a real StoreServer), with
 * a clock the test moves; and what a barista sees on it. Lookups stay inside this console's scene,
 * so two consoles side by side do not see each other's tickets.
 */
final class ConsoleFixture {

    /** Long enough for a real StoreServer's round trip on a busy two-core PC; a deadline, not a wait. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    final MutableClock clock;
    final RecordingChime chime = new RecordingChime();
    private final CafeConnection connection;
    private final FxRobot robot = new FxRobot();
    ConsoleViewModel viewModel;
    ConsoleWindow window;

    ConsoleFixture(CafeConnection connection, MutableClock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** On the FX thread: builds the console, shows it on the stage and starts following the bar. */
    void show(Stage stage, StationSettings settings, double width, double height) {
        viewModel = new ConsoleViewModel(connection, settings, clock, Platform::runLater, chime);
        window = new ConsoleWindow(viewModel, width, height);
        stage.setScene(window.scene().scene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        window.open();
    }

    /** Off the FX thread: closes the window; the link stays the test's to close. */
    void close() {
        if (window != null) {
            onFx(() -> {
                window.close();
                window.scene().scene().getWindow().hide();
            });
        }
    }

    // what the barista sees

    /** The ids of the ticket cards on the rail, left to right and top to bottom ("ticket-101"). */
    List<String> cardsOnRail() {
        return robot.from(root()).lookup(".rail .ticket-card").queryAll().stream().map(Node::getId).toList();
    }

    /** Cards on the rail among {@code ids}, in screen order: for a bar other tests also use. */
    List<String> cardsOnRailAmong(List<String> ids) {
        return cardsOnRail().stream().filter(ids::contains).toList();
    }

    String text(String query) {
        return node(query, Label.class).getText();
    }

    /** The text of every label the query finds, in scene order. */
    List<String> texts(String query) {
        return robot.from(root()).lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    List<String> styleOf(String query) {
        return node(query, Node.class).getStyleClass();
    }

    <T extends Node> T node(String query, Class<T> type) {
        return robot.from(root()).lookup(query).queryAs(type);
    }

    Optional<Node> find(String query) {
        return robot.from(root()).lookup(query).tryQuery();
    }

    boolean visible(String query) {
        return find(query).map(Node::isVisible).orElse(false);
    }

    /**
     * Waits, with a deadline, until the check passes (a node it looks for may not be drawn yet), then for
     * what the screen still has queued: a chime, a layout the next click must not land in.
     */
    static void eventually(ThrowingRunnable check) {
        await().atMost(PATIENCE).ignoreExceptionsInstanceOf(EmptyNodeQueryException.class).untilAsserted(check);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and waits for everything it set off there. */
    void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A key's event as the keyboard sends it: a key held down sends KEY_PRESSED again and again. */
    void key(EventType<KeyEvent> type, KeyCode code) {
        onFx(() -> Event.fireEvent(root(), new KeyEvent(type, "", "", code, false, false, false, false)));
    }

    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    void snapshot(Path file) {
        settle();
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.scene().scene().snapshot(null)).get();
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
    }

    private Node root() {
        return window.scene().root();
    }
}
