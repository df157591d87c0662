package cafe.kiosk.screen;

import cafe.contract.menu.MenuItem;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;

/**
 * A menu picture, for FXML: {@code <Picture resource="..." size="8"/>}, or a {@code name} of one of
 * the bundled files. Its size is in em (text heights), so it grows with the text in accessible mode
 * and shrinks on a small window. Pictures are read once and shared; a missing one is an empty square.
 * A picture a manager added comes from the store ({@link AddedPictures}).
 */
public final class Picture extends Label {

    private static final Map<String, Image> LOADED = new HashMap<>();

    private final StringProperty resource = new SimpleStringProperty(this, "resource");
    private final DoubleProperty size = new SimpleDoubleProperty(this, "size", 4);

    public Picture() {
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.imageProperty().bind(resource.flatMap(Picture::image));
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> getFont().getSize() * size.get(),
                fontProperty(), size));
        view.fitHeightProperty().bind(view.fitWidthProperty());
        setGraphic(view);
        getStyleClass().add("picture");
    }

    /** The class-path resource of the picture. */
    public StringProperty resourceProperty() {
        return resource;
    }

    public String getResource() {
        return resource.get();
    }

    public void setResource(String value) {
        resource.set(value);
    }

    /** One of the bundled menu pictures by file name ("americano.png"), for decoration. */
    public String getName() {
        String value = resource.get();
        return value == null ? null : value.substring(value.lastIndexOf('/') + 1);
    }

    public void setName(String fileName) {
        resource.set(MenuItem.IMAGE_FOLDER + fileName);
    }

    /** Width and height, in text heights. */
    public DoubleProperty sizeProperty() {
        return size;
    }

    public double getSize() {
        return size.get();
    }

    public void setSize(double value) {
        size.set(value);
    }

    /** A bundled picture at once; one a manager added once the store has sent it. */
    private static ObservableValue<Image> image(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return MenuItem.isAddedPicture(name) ? AddedPictures.of(name)
                : new SimpleObjectProperty<>(LOADED.computeIfAbsent(resource, Picture::read));
    }

    private static Image read(String resource) {
        InputStream in = MenuItem.class.getResourceAsStream(resource);
        return in == null ? new WritableImage(1, 1) : new Image(in);
    }
}
