package cafe.badscreen;

import javafx.scene.control.Label;

/** A view model that builds a node: what the rules refuse. */
public final class LeakyViewModel {

    public Label title() {
        return new Label("title");
    }
}
