package cafe.pickup.testing;

import cafe.client.ConnectionState;
import cafe.pickup.board.BoardSettings;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.RecordingChime;
import cafe.terminal.testing.ScriptedConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The board screen on a 1920x1080 stage, as on the TV, following a fake store: tests drive the
 * store and read back what the screen shows. Register it with {@code @RegisterExtension}; it opens
 * the screen before each test and closes it after.
 */
public final class BoardStage implements BeforeEachCallback, AfterEachCallback {

    public static final Instant MORNING = Instant.parse("2025-03-14T09:41:00Z");

    private final MutableClock clock = MutableClock.at(MORNING);
    private final FakeBoardClient server = new FakeBoardClient();
    private final ScriptedConnection connection = ScriptedConnection.ofBoard(server);
    private TvScreen tv;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        tv = TvScreen.open(FxToolkit.registerPrimaryStage(), connection, clock,
                BoardSettings.defaults().withZone(ZoneOffset.UTC));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        tv.close();
        FxToolkit.cleanupStages();
    }

    public FakeBoardClient server() {
        return server;
    }

    public ScriptedConnection connection() {
        return connection;
    }

    public MutableClock clock() {
        return clock;
    }

    public RecordingChime chime() {
        return tv.chime();
    }

    public void connect() {
        connection.set(ConnectionState.CONNECTED);
    }

    /** The texts of the tiles in a column ("preparing-numbers" or "ready-numbers"), in screen order. */
    public List<String> tiles(String columnId) {
        return tv.tiles(columnId);
    }

    /** The number on the highlighted tile, or null. */
    public String highlighted() {
        return tv.highlighted();
    }

    public boolean visible(String id) {
        return tv.visible(id);
    }

    public String text(String id) {
        return tv.text(id);
    }

    /** Makes the window this size. */
    public void resize(double width, double height) {
        tv.resize(width, height);
    }

    /** Where the whole board is drawn and the scene it is drawn in, both in the scene's coordinates. */
    public Bounds[] boardInScene() {
        return tv.boardInScene();
    }

    /** Waits until the screen shows what is expected. */
    public <T> void shows(Supplier<T> actual, T expected) {
        tv.shows(actual, expected);
    }

    /** Writes the scene as it is now to a PNG file. */
    public void snapshot(Path file) throws IOException {
        tv.snapshot(file);
    }
}
