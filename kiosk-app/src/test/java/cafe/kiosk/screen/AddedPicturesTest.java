package cafe.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A picture a manager added reaches the kiosk from the store: asked for once, shown when it comes. */
class AddedPicturesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final AtomicInteger asked = new AtomicInteger();
    /** Each test's own name: the pictures that arrived stay for the kiosk's whole run. */
    private final String picture = "added-" + UUID.randomUUID() + ".jpg";

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aPictureIsAskedOfTheStoreOnceThoughTwoTilesShowItAndBothShowItWhenItComes() throws Exception {
        CompletableFuture<byte[]> sent = new CompletableFuture<>();
        AddedPictures.askWith(image -> {
            asked.incrementAndGet();
            return sent;
        });

        ObservableValue<Image> menuTile = onFx(() -> AddedPictures.of(picture));
        ObservableValue<Image> cartLine = onFx(() -> AddedPictures.of(picture));
        assertThat(onFx(menuTile::getValue)).as("an empty square until it comes").isNull();
        sent.complete(png(48, 32));

        await().atMost(PATIENCE).until(() -> onFx(menuTile::getValue) != null);
        assertThat(onFx(() -> menuTile.getValue().getWidth())).isEqualTo(48);
        assertThat(onFx(cartLine::getValue)).isSameAs(onFx(menuTile::getValue));
        assertThat(asked).hasValue(1);
    }

    @Test
    void oneTheStoreCouldNotSendIsAskedAgainTheNextTimeAScreenShowsIt() throws Exception {
        AddedPictures.askWith(image -> {
            asked.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("store unreachable"));
        });
        onFx(() -> AddedPictures.of(picture));
        await().atMost(PATIENCE).until(() -> asked.get() == 1);

        AddedPictures.askWith(image -> {
            asked.incrementAndGet();
            return CompletableFuture.completedFuture(png(20, 20));
        });
        await().atMost(PATIENCE).until(() -> onFx(() -> AddedPictures.of(picture).getValue()) != null);
        assertThat(asked).hasValue(2);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static byte[] png(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
