package cafe.terminal.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TerminalSceneTest {

    private Stage stage;

    @BeforeEach
    void stage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void wearsTheKitTokensFirstAndThenTheThemeWhichSetsThem() {
        Region swatch = onFx(() -> {
            TerminalScene scene = new TerminalScene(400, 300);
            Region accent = new Region();
            accent.setId("swatch");
            accent.setStyle("-fx-background-color: -color-accent;");
            scene.show(new StackPane(accent));
            scene.wear(TerminalSceneTest.class, "sample-theme.css");
            stage.setScene(scene.scene());
            stage.show();
            assertThat(scene.scene().getStylesheets()).hasSize(2);
            assertThat(scene.scene().getStylesheets().get(0)).endsWith("cafe/terminal/theme/tokens.css");
            return accent;
        });
        WaitForAsyncUtils.waitForFxEvents();

        Color painted = onFx(() -> (Color) swatch.getBackground().getFills().get(0).getFill());
        assertThat(painted).isEqualTo(Color.web("#c4572e"));
    }

    @Test
    void aCoverStaysWhenTheContentChangesAndGoesWhenUncovered() {
        onFx(() -> {
            TerminalScene scene = new TerminalScene(400, 300);
            Label first = new Label("first");
            Label pad = new Label("pad");
            scene.show(new StackPane(first));
            scene.cover(pad);
            StackPane second = new StackPane(new Label("second"));
            scene.show(second);

            assertThat(scene.content()).isSameAs(second);
            assertThat(((StackPane) scene.root()).getChildren()).containsExactly(second, pad);
            scene.uncover(pad);
            assertThat(((StackPane) scene.root()).getChildren()).containsExactly(second);
            return null;
        });
    }

    @Test
    void nothingCanBeCoveredBeforeThereIsContentAndAMissingThemeFailsLoudly() {
        onFx(() -> {
            TerminalScene scene = new TerminalScene(400, 300);
            assertThatThrownBy(() -> scene.cover(new Label("pad"))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> scene.wear(TerminalSceneTest.class, "no-such.css"))
                    .hasMessageContaining("no-such.css");
            return null;
        });
    }

    private static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (Exception e) {
            throw new AssertionError(e.getCause() != null ? e.getCause() : e);
        }
    }
}
