package cafe.kiosk.screen;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Shows a node only while it has something to say: hidden nodes take no room. */
final class Banner {

    private Banner() {
    }

    /** The label shows the text while there is one, and takes no room while there is none. */
    static void show(Label banner, ObservableValue<String> text) {
        banner.textProperty().bind(text);
        banner.visibleProperty().bind(text.map(shown -> !shown.isEmpty()).orElse(false));
        banner.managedProperty().bind(banner.visibleProperty());
    }

    static void showWhen(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    static void showWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
