package cafe.kiosk.screen;

import cafe.contract.menu.MenuItem;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;

/**
 * The menu's pictures, read once from the class path and shared by every tile and line. A picture's
 * size is given in em, so it grows with the text in accessible mode and shrinks on a small window.
 */
final class Pictures {

    private static final Map<String, Image> LOADED = new HashMap<>();

    private Pictures() {
    }

    /** A picture {@code em} text-heights wide; a missing file shows an empty square, not an error. */
    static Label of(String resource, double em) {
        ImageView view = new ImageView(LOADED.computeIfAbsent(resource, Pictures::read));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        Label holder = new Label(null, view);
        holder.getStyleClass().add("picture");
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> holder.getFont().getSize() * em,
                holder.fontProperty()));
        view.fitHeightProperty().bind(view.fitWidthProperty());
        return holder;
    }

    static Label of(MenuItem item, double em) {
        return of(item.imageResource(), em);
    }

    /** One of the bundled menu pictures by file name, for decoration. */
    static Label named(String fileName, double em) {
        return of(MenuItem.IMAGE_FOLDER + fileName, em);
    }

    private static Image read(String resource) {
        InputStream in = MenuItem.class.getResourceAsStream(resource);
        return in == null ? new WritableImage(1, 1) : new Image(in);
    }
}
