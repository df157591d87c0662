package cafe.kiosk.screen;

import cafe.terminal.fx.Fxml;
import cafe.terminal.i18n.Texts;
import javafx.scene.Parent;

/** Loads a screen's or a part's FXML (beside its view class) with the kiosk's words and a given controller. */
final class Layouts {

    private Layouts() {
    }

    /** A screen's root and its controller, which lets go of the view model when the screen is replaced. */
    record Loaded(Parent root, ScreenView view) {
    }

    static Loaded screen(String fxml, ScreenView view, Texts texts) {
        return new Loaded(load(fxml, view, texts), view);
    }

    static <T extends Parent> T load(String fxml, Object controller, Texts texts) {
        return Fxml.load(Layouts.class, fxml, texts.bundle(), controller);
    }
}
