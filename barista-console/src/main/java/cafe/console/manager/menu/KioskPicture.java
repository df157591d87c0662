package cafe.console.manager.menu;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A picture file from the back-office PC made fit for the kiosks: read as an image (anything else is
 * refused), shrunk to the kiosk's largest tile on a white ground, and stored as a JPEG light enough
 * for one request to the store.
 */
final class KioskPicture {

    /** The largest a kiosk draws a menu picture, in pixels (accessible mode, full HD). */
    static final int SIDE = 320;
    /** What the store takes in one picture; it refuses more. */
    static final int MOST_BYTES = 22 * 1024;
    private static final float[] QUALITIES = {0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f, 0.3f};

    private KioskPicture() {
    }

    /**
     * The file as a kiosk picture.
     *
     * @throws Unfit with the key of the words to show, when it is no picture or cannot be read
     */
    static byte[] of(Path file) throws Unfit {
        try {
            return fitted(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            throw new Unfit("editor.pictureUnreadable");
        }
    }

    private static byte[] fitted(BufferedImage read) throws IOException, Unfit {
        if (read == null || read.getWidth() < 1 || read.getHeight() < 1) {
            throw new Unfit("editor.notAPicture");
        }
        BufferedImage shrunk = shrunk(read);
        for (float quality : QUALITIES) {
            byte[] jpeg = jpeg(shrunk, quality);
            if (jpeg.length <= MOST_BYTES) {
                return jpeg;
            }
        }
        throw new Unfit("editor.pictureTooBusy");
    }

    private static BufferedImage shrunk(BufferedImage read) {
        double scale = Math.min(1, (double) SIDE / Math.max(read.getWidth(), read.getHeight()));
        int width = Math.max(1, (int) Math.round(read.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(read.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = out.createGraphics();
        pen.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, width, height);
        pen.drawImage(read, 0, 0, width, height, null);
        pen.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam settings = writer.getDefaultWriteParam();
            settings.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            settings.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), settings);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A file that cannot be a kiosk picture; its message is the key of the words that say why. */
    static final class Unfit extends Exception {

        Unfit(String wordsKey) {
            super(wordsKey);
        }
    }
}
