package cafe.kiosk.screen;

import cafe.terminal.fx.Fxml;
import cafe.terminal.i18n.Texts;
import javafx.scene.Parent;

/** Loads a screen's FXML (beside its view class) with the kiosk's words and a given controller. */
final class Layouts {

    private Layouts() {
    }

    record Loaded(Parent root, ScreenView view) {
    }

    static Loaded load(String fxml, ScreenView controller, Texts texts) {
        return new Loaded(Fxml.load(Layouts.class, fxml, texts.bundle(), controller), controller);
    }
}
