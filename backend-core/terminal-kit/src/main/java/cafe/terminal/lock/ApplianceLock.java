package cafe.terminal.lock;

import cafe.terminal.fx.TerminalScene;
import cafe.terminal.i18n.Texts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks a full-screen stage as a store appliance: the window manager's close requests and the usual
 * exit keys (Alt+F4, Ctrl+Q, Ctrl+W, Esc) do nothing, and the stage stays full screen. Staff open
 * the PIN pad by holding the top-left corner for {@link #HOLD} or with {@link #STAFF_KEYS}; only the
 * right PIN leaves, through {@code leave}.
 */
public final class ApplianceLock {

    public static final Duration HOLD = Duration.ofSeconds(3);
    public static final KeyCombination STAFF_KEYS = new KeyCodeCombination(KeyCode.S,
            KeyCombination.CONTROL_DOWN, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final List<KeyCombination> EXIT_KEYS = List.of(
            new KeyCodeCombination(KeyCode.F4, KeyCombination.ALT_DOWN),
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ESCAPE));
    /** The hidden corner: this share of the screen's shorter side, square. */
    private static final double CORNER = 0.08;
    private static final Logger LOG = LoggerFactory.getLogger(ApplianceLock.class);

    private final Stage stage;
    private final TerminalScene scene;
    private final PinPad pad;
    private final PauseTransition cornerHold = new PauseTransition(javafx.util.Duration.millis(HOLD.toMillis()));
    private boolean padOpen;

    private ApplianceLock(Stage stage, TerminalScene scene, PinAttempts attempts, Executor checker, Texts texts,
                          Clock clock, Runnable leave) {
        this.stage = stage;
        this.scene = scene;
        this.pad = new PinPad(attempts, checker, texts, clock, leave, this::closePad);
        cornerHold.setOnFinished(held -> openPad());
    }

    /**
     * Locks the stage showing this scene. {@code checker} checks typed PINs off the JavaFX thread;
     * {@code texts} are the kit's words ({@code cafe.terminal.i18n.terminal}) in the screen's language.
     */
    public static ApplianceLock install(Stage stage, TerminalScene scene, PinAttempts attempts, Executor checker,
                                        Texts texts, Clock clock, Runnable leave) {
        ApplianceLock lock = new ApplianceLock(stage, scene, attempts, checker, texts, clock, leave);
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, lock::refuseClose);
        // on the window, so keys meant for the pad or refused never reach the screen's own key filters
        stage.addEventFilter(KeyEvent.KEY_PRESSED, lock::keyPressed);
        Scene fxScene = scene.scene();
        fxScene.addEventFilter(MouseEvent.MOUSE_PRESSED, lock::pressed);
        fxScene.addEventFilter(MouseEvent.MOUSE_DRAGGED, lock::dragged);
        fxScene.addEventFilter(MouseEvent.MOUSE_RELEASED, released -> lock.cornerHold.stop());
        stage.fullScreenProperty().addListener((obs, was, now) -> lock.stayFullScreen(now));
        stage.iconifiedProperty().addListener((obs, was, now) -> lock.stayUp(now));
        return lock;
    }

    public boolean isPadOpen() {
        return padOpen;
    }

    private void refuseClose(WindowEvent request) {
        request.consume();
        LOG.info("A request to close the locked screen was refused");
    }

    private void keyPressed(KeyEvent key) {
        if (padOpen) {
            key.consume();
            pad.key(key);
        } else if (STAFF_KEYS.match(key)) {
            key.consume();
            openPad();
        } else if (EXIT_KEYS.stream().anyMatch(exit -> exit.match(key))) {
            key.consume();
            LOG.info("Exit key {} on the locked screen ignored", key.getCode());
        }
    }

    private void pressed(MouseEvent press) {
        double corner = CORNER * Math.min(scene.scene().getWidth(), scene.scene().getHeight());
        if (!padOpen && press.getSceneX() < corner && press.getSceneY() < corner) {
            cornerHold.playFromStart();
        }
    }

    private void dragged(MouseEvent drag) {
        double corner = CORNER * Math.min(scene.scene().getWidth(), scene.scene().getHeight());
        if (drag.getSceneX() >= corner || drag.getSceneY() >= corner) {
            cornerHold.stop();
        }
    }

    private void openPad() {
        if (!padOpen) {
            padOpen = true;
            LOG.info("Staff PIN pad opened");
            scene.cover(pad.node());
            pad.opened();
        }
    }

    private void closePad() {
        if (padOpen) {
            padOpen = false;
            pad.closed();
            scene.uncover(pad.node());
        }
    }

    private void stayFullScreen(boolean fullScreen) {
        if (!fullScreen) {
            LOG.info("The locked screen left full screen; back to full screen");
            Platform.runLater(() -> stage.setFullScreen(true));
        }
    }

    private void stayUp(boolean iconified) {
        if (iconified) {
            Platform.runLater(() -> stage.setIconified(false));
        }
    }
}
