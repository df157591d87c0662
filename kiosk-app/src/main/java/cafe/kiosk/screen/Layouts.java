package cafe.kiosk.screen;

import cafe.kiosk.i18n.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
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

    static <T extends Node> T load(String fxml, Object controller, Texts texts) {
        FXMLLoader loader = new FXMLLoader(Layouts.class.getResource(fxml), texts.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(fxml + " could not be loaded", e);
        }
    }
}
