package cafe.console.manager.menu;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture file from the back-office PC, made fit for the kiosks before it is sent to the store. */
class KioskPictureTest {

    @TempDir
    Path folder;

    @Test
    void aLargeTransparentPhotoBecomesAKioskSizedJpegLightEnoughForTheStore() throws Exception {
        Path photo = folder.resolve("yuja-tea.png");
        ImageIO.write(noisyPhoto(2400, 1800), "png", photo.toFile());

        byte[] jpeg = KioskPicture.of(photo);

        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(sent.getWidth()).isEqualTo(KioskPicture.SIDE);
        assertThat(sent.getHeight()).isEqualTo(240);
        assertThat(jpeg.length).isLessThanOrEqualTo(KioskPicture.MOST_BYTES);
        assertThat(sent.getRGB(2, 2) & 0xFFFFFF).as("the transparent corner is white").isGreaterThan(0xF0F0F0);
    }

    @Test
    void aFileThatIsNoPictureIsRefusedWithWordsForTheManager() throws IOException {
        Path notes = folder.resolve("menu.png");
        Files.writeString(notes, "americano 4500", UTF_8);

        assertThatThrownBy(() -> KioskPicture.of(notes)).isInstanceOf(KioskPicture.Unfit.class)
                .hasMessage("editor.notAPicture");
        assertThatThrownBy(() -> KioskPicture.of(folder.resolve("gone.png"))).isInstanceOf(KioskPicture.Unfit.class)
                .hasMessage("editor.pictureUnreadable");
    }

    /** A photo-like picture (noise compresses badly) with a transparent top-left corner. */
    private static BufferedImage noisyPhoto(int width, int height) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Random grain = new Random(7);
        Graphics2D pen = photo.createGraphics();
        for (int y = 0; y < height; y += 8) {
            for (int x = 0; x < width; x += 8) {
                pen.setColor(new Color(grain.nextInt(256), grain.nextInt(256), grain.nextInt(256)));
                pen.fillRect(x, y, 8, 8);
            }
        }
        pen.setComposite(AlphaComposite.Clear);
        pen.fillRect(0, 0, 200, 200);
        pen.dispose();
        return photo;
    }
}
