package cafe.kiosk.screen;

import cafe.kiosk.i18n.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML (beside its view class) with the kiosk's words and a given controller. */
final class Layouts {

    private Layouts() {
    }

    record Loaded(Parent root, ScreenView view) {
    }

    static Loaded load(String fxml, ScreenView controller, Texts texts) {
        FXMLLoader loader = new FXMLLoader(Layouts.class.getResource(fxml), texts.bundle());
        loader.setController(controller);
        try {
            return new Loaded(loader.load(), controller);
        } catch (IOException e) {
            throw new UncheckedIOException(fxml + " could not be loaded", e);
        }
    }
}
