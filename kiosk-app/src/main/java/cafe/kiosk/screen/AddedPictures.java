package cafe.kiosk.screen;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pictures a manager added to the menu, which the kiosk does not have on board: each is asked
 * of the store once, in the background, and shown when it arrives (an empty square until then). One
 * that could not be had is asked again the next time a screen shows it.
 */
public final class AddedPictures {

    private static final Logger LOG = LoggerFactory.getLogger(AddedPictures.class);
    private static final ObservableMap<String, Image> ARRIVED = FXCollections.observableHashMap();
    private static final Set<String> ASKED = ConcurrentHashMap.newKeySet();
    private static volatile Function<String, CompletableFuture<byte[]>> store =
            image -> CompletableFuture.failedFuture(new IllegalStateException("no store to ask yet"));

    private AddedPictures() {
    }

    /** Where pictures come from: the store this kiosk is connected to. */
    public static void askWith(Function<String, CompletableFuture<byte[]>> source) {
        store = source;
    }

    /** The picture, once it is here; asks the store for it the first time. */
    static ObservableValue<Image> of(String image) {
        if (!ARRIVED.containsKey(image) && ASKED.add(image)) {
            // decoded on a pool thread: the JavaFX thread only puts the picture up
            store.apply(image).thenApplyAsync(AddedPictures::decoded).whenComplete((picture, failure) -> {
                if (failure == null) {
                    Platform.runLater(() -> ARRIVED.put(image, picture));
                } else {
                    LOG.warn("picture {} could not be had from the store: {}", image, failure.getMessage());
                    ASKED.remove(image);
                }
            });
        }
        return Bindings.valueAt(ARRIVED, image);
    }

    private static Image decoded(byte[] bytes) {
        return new Image(new ByteArrayInputStream(bytes));
    }
}
