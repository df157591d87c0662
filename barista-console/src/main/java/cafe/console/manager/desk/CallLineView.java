package cafe.console.manager.desk;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** A call's message line on the screen: its words, the "problem" style while they tell of one, a spinner while it waits. */
final class CallLineView {

    private CallLineView() {
    }

    static void follow(Label label, ProgressIndicator progress, CallLine line) {
        label.textProperty().bind(line.messageProperty());
        line.problemProperty().addListener((obs, was, now) -> {
            label.getStyleClass().remove("problem");
            if (now) {
                label.getStyleClass().add("problem");
            }
        });
        progress.visibleProperty().bind(line.busyProperty());
    }
}
