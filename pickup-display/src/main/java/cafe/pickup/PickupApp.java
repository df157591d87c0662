package cafe.pickup;

import cafe.client.CafeConnection;
import cafe.pickup.board.BoardScreen;
import cafe.pickup.board.BoardSettings;
import cafe.pickup.board.BoardViewModel;
import cafe.pickup.chime.ToneChime;
import java.time.Clock;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** The pickup display's composition root: one board screen on one TV. */
public final class PickupApp extends Application {

    private static final double TV_WIDTH = 1920;
    private static final double TV_HEIGHT = 1080;

    private final ScheduledThreadPoolExecutor background = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "pickup-broker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<CafeConnection> connection = new AtomicReference<>();
    private final ToneChime chime = new ToneChime();
    private BoardScreen screen;

    @Override
    public void start(Stage stage) {
        background.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        BoardViewModel viewModel = new BoardViewModel(chime, Clock.systemDefaultZone(), Platform::runLater,
                background, BoardSettings.defaults().withReadyTimeout(options.readyTimeout()));
        viewModel.mutedProperty().set(options.muted());
        screen = BoardScreen.open(viewModel, options.locale());

        Scene scene = new Scene(screen.root(), TV_WIDTH, TV_HEIGHT);
        scene.setCursor(Cursor.NONE);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            } else if (key.getCode() == KeyCode.M) {
                viewModel.toggleMuted();
            }
        });
        stage.setTitle(BoardScreen.messages(options.locale()).getString("app.title"));
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.show();
        stage.setFullScreen(options.fullscreen());

        new ConnectionOpener(options.config(), background).open(opened -> {
            connection.set(opened);
            Platform.runLater(() -> viewModel.connect(opened));
        });
    }

    @Override
    public void stop() throws InterruptedException {
        if (screen != null) {
            screen.close();
        }
        background.execute(() -> {
            CafeConnection open = connection.get();
            if (open != null) {
                open.close();
            }
        });
        background.shutdown();
        background.awaitTermination(3, TimeUnit.SECONDS);
        chime.close();
    }
}
