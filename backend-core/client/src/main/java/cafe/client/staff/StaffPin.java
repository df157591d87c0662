package cafe.client.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The PIN staff type to leave a locked kiosk, kept only as a salted PBKDF2 hash
 * ({@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, Base64), so the kiosk's settings file never holds
 * the PIN itself. Checking a PIN takes a deliberate fraction of a second: never on the JavaFX thread.
 */
public final class StaffPin {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private StaffPin(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes a new PIN of 4 to 12 digits with a fresh salt. */
    public static StaffPin of(char[] pin) {
        return of(pin, ITERATIONS);
    }

    /** As {@link #of(char[])}, with fewer iterations: for tests, which check many PINs. */
    public static StaffPin of(char[] pin, int iterations) {
        requireDigits(pin);
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new StaffPin(iterations, salt, derive(pin, salt, iterations));
    }

    /** Reads a stored hash; throws IllegalArgumentException with the reason if it is not one. */
    public static StaffPin parse(String stored) {
        String[] parts = stored.trim().split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("a staff PIN is stored as " + SCHEME + "$ITERATIONS$SALT$HASH");
        }
        int iterations;
        byte[] salt;
        byte[] hash;
        try {
            iterations = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            hash = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the stored staff PIN is damaged: " + e.getMessage(), e);
        }
        if (iterations < 1 || salt.length == 0 || hash.length * 8 != HASH_BITS) {
            throw new IllegalArgumentException("the stored staff PIN is damaged");
        }
        return new StaffPin(iterations, salt, hash);
    }

    /** Whether this is the PIN; slow by design. */
    public boolean matches(char[] pin) {
        return isDigits(pin) && MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    /** The text to keep in the settings file. */
    public String stored() {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return "StaffPin[" + SCHEME + ", " + iterations + " iterations]";
    }

    public static void requireDigits(char[] pin) {
        if (!isDigits(pin)) {
            throw new IllegalArgumentException("a staff PIN has 4 to 12 digits");
        }
    }

    private static boolean isDigits(char[] pin) {
        if (pin.length < 4 || pin.length > 12) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a typed PIN once it has been checked. */
    public static void wipe(char[] pin) {
        Arrays.fill(pin, '\0');
    }
}
