package cafe.pickup;

import cafe.client.CafeConnection;
import cafe.pickup.board.BoardScreen;
import cafe.pickup.board.BoardSettings;
import cafe.pickup.board.BoardViewModel;
import cafe.terminal.app.TerminalApp;
import cafe.terminal.app.TerminalScreen;
import cafe.terminal.launch.Program;
import cafe.terminal.sound.ChimeTone;
import cafe.terminal.sound.ToneChime;
import cafe.terminal.time.TerminalClock;
import cafe.terminal.window.WindowMode;
import java.nio.file.Path;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The pickup display's composition root: one board screen on one TV, full screen without a cursor. */
public final class PickupApp extends TerminalApp<PickupOptions> {

    public static final Program PROGRAM = new Program("display", "display", WindowMode.FULL_SCREEN);

    public PickupApp() {
        super(PROGRAM, PickupOptions::new);
    }

    @Override
    protected TerminalScreen open(PickupOptions options, Path config) {
        ScheduledThreadPoolExecutor background = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "pickup-broker");
            thread.setDaemon(true);
            return thread;
        });
        background.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        AtomicReference<CafeConnection> connection = new AtomicReference<>();
        closeOnStop(() -> closeOn(background, connection));
        ToneChime chime = closeOnStop(new ToneChime("ready-chime", ChimeTone.softBell()));

        BoardViewModel viewModel = new BoardViewModel(chime, TerminalClock.systemDefaultZone(), Platform::runLater,
                background, BoardSettings.defaults().withReadyTimeout(options.readyTimeout()));
        viewModel.mutedProperty().set(options.muted());
        BoardScreen screen = BoardScreen.open(viewModel, options.language().locale());
        Scene scene = screen.scene().scene();
        if (options.terminal().mode(PROGRAM.storeMode()) != WindowMode.WINDOWED) {
            scene.setCursor(Cursor.NONE);
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.F11) {
                toggleFullScreen();
            } else if (key.getCode() == KeyCode.M) {
                viewModel.toggleMuted();
            }
        });
        String title = BoardScreen.messages(options.language().locale()).getString("app.title");
        return new TerminalScreen(screen.scene(), new SimpleStringProperty(title),
                () -> new ConnectionOpener(config, background).open(opened -> {
                    connection.set(opened);
                    Platform.runLater(() -> viewModel.connect(opened));
                }),
                screen::close);
    }

    /** The connection closes on the broker thread, which then ends. */
    private static void closeOn(ScheduledThreadPoolExecutor background, AtomicReference<CafeConnection> connection)
            throws InterruptedException {
        background.execute(() -> {
            CafeConnection open = connection.get();
            if (open != null) {
                open.close();
            }
        });
        background.shutdown();
        background.awaitTermination(3, TimeUnit.SECONDS);
    }
}
