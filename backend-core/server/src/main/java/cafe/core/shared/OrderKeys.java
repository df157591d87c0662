package cafe.core.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key a kiosk placed an order with proves, later, that the kiosk asking about the order placed
 * it: no other terminal ever reads it. Contexts other than ordering keep only its digest, so a copy
 * of their files proves nothing.
 */
public final class OrderKeys {

    private OrderKeys() {
    }

    /** The key's SHA-256, as hex; null for no key. */
    public static String digest(String orderKey) {
        if (orderKey == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(orderKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares two digests in constant time. */
    public static boolean same(String digest, String other) {
        return digest != null && other != null && MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII),
                other.getBytes(StandardCharsets.US_ASCII));
    }
}
