package cafe.pickup.testing;

import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.pickup.board.BoardScreen;
import cafe.pickup.board.BoardSettings;
import cafe.pickup.board.BoardViewModel;
import cafe.terminal.testing.RecordingChime;
import cafe.terminal.time.TerminalClock;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One pickup display as it stands in the store: the board screen in a 1920x1080 window, its view
 * model with a broker thread of its own, a chime that counts instead of ringing, and its connection
 * to the store (fake or real). Tests read back what the screen shows, always on the JavaFX thread.
 */
public final class TvScreen implements AutoCloseable {

    public static final String PREPARING = "preparing-numbers";
    public static final String READY = "ready-numbers";
    /** Long enough for a round trip through a real StoreServer on a busy two-core PC. */
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    /** What a customer reads off the screen: both columns in screen order and the highlighted number. */
    public record Picture(List<String> preparing, List<String> ready, String highlighted) {
    }

    private final Stage stage;
    private final CafeConnection connection;
    private final RecordingChime chime = new RecordingChime();
    private final ExecutorService broker = Executors.newSingleThreadExecutor();
    private final BoardViewModel viewModel;
    private BoardScreen screen;
    private Scene scene;
    private boolean closed;

    private TvScreen(Stage stage, CafeConnection connection, TerminalClock clock, BoardSettings settings) {
        this.stage = stage;
        this.connection = connection;
        this.viewModel = new BoardViewModel(chime, clock, Platform::runLater, broker, settings);
    }

    /** Shows the board on the stage and follows the store over the connection, as PickupApp does. */
    public static TvScreen open(Stage stage, CafeConnection connection, TerminalClock clock, BoardSettings settings) {
        TvScreen tv = new TvScreen(stage, connection, clock, settings);
        onFx(() -> {
            tv.screen = BoardScreen.open(tv.viewModel, Locale.KOREAN);
            tv.scene = tv.screen.scene().scene();
            stage.setScene(tv.scene);
            stage.show();
            tv.viewModel.connect(connection);
            return null;
        });
        return tv;
    }

    public RecordingChime chime() {
        return chime;
    }

    /** The texts of the tiles in a column ({@link #PREPARING} or {@link #READY}), in screen order. */
    public List<String> tiles(String columnId) {
        return onFx(() -> tilesNow(columnId));
    }

    /** The number on the highlighted tile, or null. */
    public String highlighted() {
        return onFx(this::highlightedNow);
    }

    /** The whole board as it is on screen now, read in one go. */
    public Picture picture() {
        return onFx(() -> new Picture(tilesNow(PREPARING), tilesNow(READY), highlightedNow()));
    }

    public boolean visible(String id) {
        return onFx(() -> scene.lookup("#" + id).isVisible());
    }

    public String text(String id) {
        return onFx(() -> ((Label) scene.lookup("#" + id)).getText());
    }

    /** Makes the window this size, as a smaller TV or a developer's window would be. */
    public void resize(double width, double height) {
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where the whole board is drawn, in the scene's coordinates, and the scene's own size. */
    public Bounds[] boardInScene() {
        return onFx(() -> {
            scene.getRoot().layout();
            Node board = scene.lookup("#pickup-board");
            return new Bounds[] {board.localToScene(board.getLayoutBounds()),
                    new BoundingBox(0, 0, scene.getWidth(), scene.getHeight())};
        });
    }

    /** Waits until the screen shows what is expected. */
    public <T> void shows(Supplier<T> actual, T expected) {
        await().atMost(DEADLINE).until(actual::get, expected::equals);
    }

    /** Writes the scene as it is now to a PNG file. */
    public void snapshot(Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = onFx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** Switches the TV off: the screen and its view model, then its broker thread and its connection. */
    @Override
    public void close() throws InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        onFx(() -> {
            screen.close();
            stage.hide();
            return null;
        });
        broker.shutdown();
        if (!broker.awaitTermination(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the display's broker thread did not finish");
        }
        connection.close();
    }

    private List<String> tilesNow(String columnId) {
        return ((Pane) scene.lookup("#" + columnId)).getChildren().stream()
                .map(tile -> ((Label) tile.lookup(".number")).getText())
                .toList();
    }

    private String highlightedNow() {
        Node tile = scene.lookup("#" + READY + " .newest");
        return tile == null ? null : ((Label) tile.lookup(".number")).getText();
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not reach the screen", e);
        }
    }
}
