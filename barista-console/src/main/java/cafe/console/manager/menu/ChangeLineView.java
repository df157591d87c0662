package cafe.console.manager.menu;

import javafx.scene.control.Label;

/** The line under a form that says how the last menu change went, marked when it is a problem. */
final class ChangeLineView {

    private ChangeLineView() {
    }

    static void show(MenuChanges changes, Label line) {
        line.textProperty().bind(changes.messageProperty());
        changes.messageIsProblemProperty().addListener((obs, was, problem) -> {
            line.getStyleClass().remove("problem");
            if (problem) {
                line.getStyleClass().add("problem");
            }
        });
    }
}
