package cafe.core.menu.domain;

import cafe.contract.menu.MenuItem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A picture a manager added to the menu: a JPEG or PNG, named by its content, so saving the same
 * picture twice gives the same name and a name always means the same bytes.
 */
public record AddedPicture(String image, byte[] bytes) {

    /** The most a picture may weigh: a kiosk-sized photo, small enough for one request. */
    public static final int MOST_BYTES = 22 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = "\u0089PNG\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1);

    /** The picture, named; refused when the bytes are not a JPEG or PNG, or weigh too much. */
    public static AddedPicture of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw MenuRules.refused("not-an-image", "item.picture", null, "the file is empty");
        }
        String kind = startsWith(bytes, JPEG) ? ".jpg" : startsWith(bytes, PNG) ? ".png" : null;
        if (kind == null) {
            throw MenuRules.refused("not-an-image", "item.picture", null, "the file is not a JPEG or PNG picture");
        }
        if (bytes.length > MOST_BYTES) {
            throw MenuRules.refused("picture-heavy", "item.picture", (long) MOST_BYTES,
                    "a picture weighs at most " + MOST_BYTES + " bytes, not " + bytes.length);
        }
        return new AddedPicture(MenuItem.ADDED_PICTURE_PREFIX + digest(bytes) + kind, bytes.clone());
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
