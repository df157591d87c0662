package cafe.terminal.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TerminalStageTest {

    private Stage stage;

    @AfterEach
    void hide() throws Exception {
        FxToolkit.cleanupStages();
    }

    /**
     * Under a real window manager JavaFX 21's GTK glass gives a window the size the window system
     * chooses when it maps it (200x200), whatever was asked before: this stage plays that window
     * system, so a size set before the window is shown is lost here as it is on a store PC.
     */
    @Test
    void aNormalWindowTakesItsGeometryEvenWhenTheWindowSystemSizesItAsItMaps() throws Exception {
        Rectangle2D placed = onFx(() -> {
            Stage window = windowSystemSizedStage(800, 600);
            TerminalStage.show(window, WindowMode.WINDOWED, Geometry.parse("640x480+40+30"));
            return bounds(window);
        });

        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        assertThat(placed).isEqualTo(new Rectangle2D(screen.getMinX() + 40, screen.getMinY() + 30, 640, 480));
    }

    @Test
    void aNormalWindowWithoutGeometryOpensAtItsDesignSizeFittedToTheScreenAndCentred() throws Exception {
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        Rectangle2D placed = onFx(() -> {
            Stage window = windowSystemSizedStage(screen.getWidth() / 2, screen.getHeight() * 2);
            TerminalStage.show(window, WindowMode.WINDOWED, null);
            return bounds(window);
        });

        assertThat(placed.getHeight()).isEqualTo(screen.getHeight());
        assertThat(placed.getWidth()).isEqualTo(screen.getWidth() / 4);
        assertThat(placed.getMinX()).isEqualTo(screen.getMinX() + screen.getWidth() * 3 / 8);
    }

    @Test
    void anApplianceIsFullScreenUndecoratedOnTopAndHasNoWayOutByKey() throws Exception {
        onFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1080, 1920));
            TerminalStage.show(stage, WindowMode.APPLIANCE, null);
            assertThat(stage.isFullScreen()).isTrue();
            assertThat(stage.getStyle()).isEqualTo(StageStyle.UNDECORATED);
            assertThat(stage.isAlwaysOnTop()).isTrue();
            assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
            assertThat(stage.getFullScreenExitHint()).isEmpty();
            return null;
        });
    }

    @Test
    void aBoardLeavesFullScreenForAPlacedWindowAndGoesBack() throws Exception {
        onFx(() -> {
            stage = windowSystemSizedStage(1920, 1080);
            TerminalStage shown = TerminalStage.show(stage, WindowMode.FULL_SCREEN, Geometry.parse("960x540+0+0"));
            assertThat(stage.isFullScreen()).isTrue();
            assertThat(stage.getStyle()).isEqualTo(StageStyle.DECORATED);

            shown.toggleFullScreen();
            assertThat(stage.isFullScreen()).isFalse();
            assertThat(stage.getWidth()).isEqualTo(960);
            assertThat(stage.getHeight()).isEqualTo(540);

            shown.toggleFullScreen();
            assertThat(stage.isFullScreen()).isTrue();
            return null;
        });
    }

    @Test
    void aWorkScreenIsMaximized() throws Exception {
        onFx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1920, 1080));
            TerminalStage.show(stage, WindowMode.MAXIMIZED, null);
            assertThat(stage.isMaximized()).isTrue();
            return null;
        });
    }

    /** A stage that the (played) window system sizes to 200x200 when it maps it, as openbox with GTK does. */
    private Stage windowSystemSizedStage(double width, double height) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), width, height));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, mapped -> {
            stage.setWidth(200);
            stage.setHeight(200);
        });
        return stage;
    }

    private static Rectangle2D bounds(Stage window) {
        return new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        FxToolkit.registerPrimaryStage();
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
