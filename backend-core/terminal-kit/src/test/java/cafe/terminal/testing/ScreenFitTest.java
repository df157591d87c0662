package cafe.terminal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScreenFitTest {

    private Stage stage;

    @Start
    void start(Stage given) {
        stage = given;
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    @Test
    void whatFitsHasNoProblems() throws Exception {
        assertThat(problemsOf(() -> new VBox(new Label("Remove"), new Button("Pay 4,500원")))).isEmpty();
    }

    @Test
    void aLabelCutShortIsNamedWithWhatItShows() throws Exception {
        List<String> problems = problemsOf(() -> {
            Label name = new Label("Caramel macchiato with oat milk");
            Button remove = new Button("Remove");
            remove.setId("line-0-remove");
            name.setMinWidth(250);
            return new HBox(name, remove);
        });

        assertThat(problems).singleElement().asString().startsWith("#line-0-remove shows \"").contains("of \"Remove\"");
    }

    @Test
    void aControlOutsideTheWindowIsFound() throws Exception {
        List<String> problems = problemsOf(() -> {
            Button far = new Button("Dessert");
            far.setId("category-dessert");
            far.relocate(280, 20);
            return new Pane(far);
        });

        assertThat(problems).singleElement().asString().startsWith("#category-dessert at (280,20")
                .endsWith("is outside the 300x200 window");
    }

    @Test
    void aControlBeyondAScrollPaneCountsOnlyAlongAnAxisItCannotScroll() throws Exception {
        List<String> across = problemsOf(() -> {
            ScrollPane tabs = new ScrollPane(new HBox(new Button("Coffee"), new Button("Latte & Non-coffee"),
                    new Button("Ade & Smoothie"), wide("Dessert")));
            tabs.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            tabs.setMaxWidth(300);
            return tabs;
        });
        List<String> down = problemsOf(() -> {
            VBox lines = new VBox();
            for (int i = 0; i < 12; i++) {
                lines.getChildren().add(new Button("Line " + i));
            }
            return new ScrollPane(lines);
        });

        assertThat(across).anyMatch(problem -> problem.startsWith("#wide at"))
                .allMatch(problem -> problem.endsWith("which cannot scroll there"));
        assertThat(down).isEmpty();
    }

    private static Button wide(String text) {
        Button button = new Button(text);
        button.setId("wide");
        button.setMinWidth(120);
        return button;
    }

    private List<String> problemsOf(Callable<javafx.scene.Parent> root) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().setRoot(root.call());
            return ScreenFit.problems(stage.getScene());
        }).get();
    }
}
