package cafe.console.manager.menu;

import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuPicture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The menu's pictures as bytes, for the editor's previews: a bundled one read from the class path,
 * an added one asked of the store once and kept (one just added is kept as it was sent). A picture
 * that could not be had is asked for again the next time.
 */
final class PictureShelf {

    private final Function<String, CompletableFuture<MenuPicture>> store;
    private final Map<String, CompletableFuture<byte[]>> kept = new ConcurrentHashMap<>();

    PictureShelf(Function<String, CompletableFuture<MenuPicture>> store) {
        this.store = store;
    }

    CompletableFuture<byte[]> bytes(String image) {
        CompletableFuture<byte[]> known = kept.get(image);
        if (known != null) {
            return known;
        }
        CompletableFuture<byte[]> asked = MenuItem.isAddedPicture(image)
                ? store.apply(image).thenApply(MenuPicture::bytes)
                : CompletableFuture.supplyAsync(() -> bundled(image));
        kept.putIfAbsent(image, asked);
        asked.whenComplete((bytes, failure) -> {
            if (failure != null) {
                kept.remove(image, asked);
            }
        });
        return asked;
    }

    void keep(String image, byte[] bytes) {
        kept.put(image, CompletableFuture.completedFuture(bytes));
    }

    private static byte[] bundled(String image) {
        try (InputStream in = MenuItem.class.getResourceAsStream(MenuItem.IMAGE_FOLDER + image)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled picture " + image);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
