package cafe.pickup.testing;

import static org.awaitility.Awaitility.await;

import cafe.client.ConnectionState;
import cafe.pickup.board.BoardScreen;
import cafe.pickup.board.BoardSettings;
import cafe.pickup.board.BoardViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board screen on a 1920x1080 stage, as on the TV, following a fake store: tests drive the
 * store and read back what the screen shows, always on the JavaFX thread. Register it with
 * {@code @RegisterExtension}; it opens the screen before each test and closes it after.
 */
public final class BoardStage implements BeforeEachCallback, AfterEachCallback {

    public static final Instant MORNING = Instant.parse("2025-03-14T09:41:00Z");

    private final MutableClock clock = new MutableClock(MORNING);
    private final RecordingChime chime = new RecordingChime();
    private final FakeCafeConnection connection = new FakeCafeConnection();
    private final ExecutorService broker = Executors.newSingleThreadExecutor();
    private BoardScreen screen;
    private BoardViewModel viewModel;
    private Scene scene;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        onFx(() -> {
            screen.close();
            return null;
        });
        broker.shutdownNow();
        FxToolkit.cleanupStages();
    }

    private void show(Stage stage) {
        viewModel = new BoardViewModel(chime, clock, Platform::runLater, broker,
                BoardSettings.defaults().withZone(ZoneOffset.UTC));
        screen = BoardScreen.open(viewModel, Locale.KOREAN);
        scene = new Scene(screen.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
        viewModel.connect(connection);
    }

    public FakeBoardClient server() {
        return connection.boardServer();
    }

    public FakeCafeConnection connection() {
        return connection;
    }

    public MutableClock clock() {
        return clock;
    }

    public RecordingChime chime() {
        return chime;
    }

    public BoardViewModel viewModel() {
        return viewModel;
    }

    public void connect() {
        connection.changeState(ConnectionState.CONNECTED);
    }

    /** The texts of the tiles in a column ("preparing-numbers" or "ready-numbers"), in screen order. */
    public List<String> tiles(String columnId) {
        return onFx(() -> ((Pane) scene.lookup("#" + columnId)).getChildren().stream()
                .map(tile -> ((Label) tile.lookup(".number")).getText())
                .toList());
    }

    /** The number on the highlighted tile, or null. */
    public String highlighted() {
        return onFx(() -> {
            Node tile = scene.lookup("#ready-numbers .newest");
            return tile == null ? null : ((Label) tile.lookup(".number")).getText();
        });
    }

    public boolean visible(String id) {
        return onFx(() -> scene.lookup("#" + id).isVisible());
    }

    public String text(String id) {
        return onFx(() -> ((Label) scene.lookup("#" + id)).getText());
    }

    /** Waits until the screen shows what is expected. */
    public <T> void shows(Supplier<T> actual, T expected) {
        await().atMost(Duration.ofSeconds(5)).until(actual::get, expected::equals);
    }

    /** Writes the scene as it is now to a PNG file. */
    public void snapshot(Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = onFx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the screen", e);
        }
    }
}
