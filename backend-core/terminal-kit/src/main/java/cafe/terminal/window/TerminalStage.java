package cafe.terminal.window;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Shows a screen's stage in its {@link WindowMode}. A normal window gets its size and place after it
 * is shown, never before: under a real window manager JavaFX 21's GTK glass sizes a window when the
 * window manager maps it, and a size asked for before that is lost (the window opened at 200x200
 * showing a corner of the screen; JDK-8316423, fixed in JavaFX 22). Full-screen and maximized
 * windows take the monitor's size from the window manager, so they need no size; full screen is
 * asked for once the window is shown, which every platform honours (Monocle, the headless one,
 * fails on a window that is not shown yet).
 */
public final class TerminalStage {

    private final Stage stage;
    private final Dimension2D designSize;
    private final Geometry geometry;

    private TerminalStage(Stage stage, Dimension2D designSize, Geometry geometry) {
        this.stage = stage;
        this.designSize = designSize;
        this.geometry = geometry;
    }

    /**
     * Shows the stage, whose scene is at its design size, in this mode; {@code geometry} (or null)
     * places a normal window.
     */
    public static TerminalStage show(Stage stage, WindowMode mode, Geometry geometry) {
        Scene scene = stage.getScene();
        TerminalStage shown = new TerminalStage(stage, new Dimension2D(scene.getWidth(), scene.getHeight()), geometry);
        switch (mode) {
            case APPLIANCE -> {
                stage.initStyle(StageStyle.UNDECORATED);
                stage.setAlwaysOnTop(true);
                stage.show();
                shown.fullScreen(true);
            }
            case FULL_SCREEN -> {
                stage.show();
                shown.fullScreen(true);
            }
            case MAXIMIZED -> {
                stage.setMaximized(true);
                stage.show();
            }
            case WINDOWED -> {
                stage.show();
                shown.place();
            }
        }
        return shown;
    }

    /** Full screen and back to a normal window (the pickup board's F11). */
    public void toggleFullScreen() {
        if (stage.isFullScreen()) {
            fullScreen(false);
            place();
        } else {
            fullScreen(true);
        }
    }

    private void fullScreen(boolean on) {
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(on);
    }

    /** Sizes and places the shown window: its geometry, or its design size fitted to the monitor and centred. */
    private void place() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = geometry != null ? geometry.on(screen) : fitted(screen);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** The design size with the window's frame, shrunk (never stretched) to fit the monitor, centred on it. */
    private Rectangle2D fitted(Rectangle2D screen) {
        Scene scene = stage.getScene();
        double frameWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        double scale = Math.min(1, Math.min((screen.getWidth() - frameWidth) / designSize.getWidth(),
                (screen.getHeight() - frameHeight) / designSize.getHeight()));
        double width = designSize.getWidth() * scale + frameWidth;
        double height = designSize.getHeight() * scale + frameHeight;
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }
}
