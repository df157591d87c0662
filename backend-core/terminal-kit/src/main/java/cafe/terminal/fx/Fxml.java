package cafe.terminal.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads a screen's layout: an FXML file beside its view class, with the screen's words for
 * {@code %key} texts. A layout that cannot be loaded is a bug in the build, so it fails loudly.
 */
public final class Fxml {

    private Fxml() {
    }

    /** The layout with this controller (the FXML names none). */
    public static <T extends Parent> T load(Class<?> beside, String fxml, ResourceBundle words, Object controller) {
        FXMLLoader loader = loader(beside, fxml, words);
        loader.setController(controller);
        return load(loader, fxml);
    }

    /** The layout with the controllers its {@code fx:controller}s ask for, made by {@code controllers}. */
    public static <T extends Parent> T load(Class<?> beside, String fxml, ResourceBundle words,
                                            Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = loader(beside, fxml, words);
        loader.setControllerFactory(controllers);
        return load(loader, fxml);
    }

    private static FXMLLoader loader(Class<?> beside, String fxml, ResourceBundle words) {
        URL location = beside.getResource(fxml);
        if (location == null) {
            throw new IllegalArgumentException(fxml + " is not beside " + beside.getName());
        }
        return new FXMLLoader(location, words);
    }

    private static <T extends Parent> T load(FXMLLoader loader, String fxml) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(fxml + " could not be loaded", e);
        }
    }
}
