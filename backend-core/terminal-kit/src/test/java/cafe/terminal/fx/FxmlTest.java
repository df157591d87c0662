package cafe.terminal.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxmlTest {

    private static final ResourceBundle ENGLISH = Texts.of("cafe.terminal.i18n.terminal", Language.EN).bundle();

    /** A view as a screen has one: fields the layout fills in. */
    public static final class SampleView {
        @FXML
        Label title;
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void loadsTheLayoutBesideAClassWithItsWordsAndTheGivenController() {
        SampleView view = new SampleView();

        VBox root = Fxml.load(FxmlTest.class, "Sample.fxml", ENGLISH, view);

        assertThat(root.getChildren()).containsExactly(view.title);
        assertThat(view.title.getText()).isEqualTo("Staff PIN");
    }

    @Test
    void makesTheControllersTheLayoutAsksFor() {
        SampleView view = new SampleView();

        VBox root = Fxml.load(FxmlTest.class, "WithController.fxml", ENGLISH, type -> view);

        assertThat(root.getChildren()).containsExactly(view.title);
        assertThat(view.title.getText()).isEqualTo("OK");
    }

    @Test
    void aMissingOrBrokenLayoutFailsLoudly() {
        assertThatThrownBy(() -> Fxml.load(FxmlTest.class, "Nothing.fxml", ENGLISH, new SampleView()))
                .hasMessageContaining("Nothing.fxml");
        assertThatThrownBy(() -> Fxml.load(FxmlTest.class, "WithController.fxml", ENGLISH, new SampleView()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("WithController.fxml");
    }
}
