package cafe.console.manager.menu;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * A picture in the editor's picture list: a small preview of it beside its name, so an added
 * picture (named by its content's hash) is known by sight. The preview comes when its bytes do.
 */
final class PictureTile extends ListCell<String> {

    static final double SIDE = 40;

    private final Function<String, CompletableFuture<byte[]>> pictures;
    private final Map<String, Image> previews;
    private final ImageView preview = new ImageView();

    /** @param previews the previews already made, shared by the list's cells; used on the FX thread only */
    PictureTile(Function<String, CompletableFuture<byte[]>> pictures, Map<String, Image> previews) {
        this.pictures = pictures;
        this.previews = previews;
        preview.setFitWidth(SIDE);
        preview.setFitHeight(SIDE);
        preview.setPreserveRatio(true);
        getStyleClass().add("picture-choice");
    }

    @Override
    protected void updateItem(String image, boolean empty) {
        super.updateItem(image, empty);
        if (empty || image == null || image.isEmpty()) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(image);
        preview.setImage(previews.get(image));
        setGraphic(preview);
        if (preview.getImage() == null) {
            pictures.apply(image).thenApplyAsync(PictureTile::decoded).thenAccept(made -> Platform.runLater(() -> {
                if (!made.isError()) {
                    previews.put(image, made);
                    if (image.equals(getItem())) {
                        preview.setImage(made);
                    }
                }
            }));
        }
    }

    /** Decoded off the FX thread. */
    private static Image decoded(byte[] bytes) {
        return new Image(new ByteArrayInputStream(bytes), SIDE, SIDE, true, true);
    }
}
