package cafe.contract.pairing;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code {@code cafe-server pair} shows and a terminal's installer types, e.g.
 * {@code 7K3MQ9-XD2F4T-8HN5RB}: 18 characters of Crockford's base 32, 90 bits. The first 60 bits are
 * the start of the SHA-256 fingerprint of the store's certificate authority, so the terminal can tell
 * the right server before it says anything (a man in the middle would need a certificate authority
 * of its own matching those 60 bits, about 2^60 tries, where 30 took minutes); the last 30 bits are a
 * one-time secret, sent only over TLS to that server, which takes a few wrong guesses at most. Typing
 * is forgiving: case, dashes and spaces do not matter, and O, I and L read as 0, 1 and 1.
 */
public final class PairingCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int AUTHORITY_CHARS = 12;
    /** An older server's codes: 12 characters, 30 bits of the fingerprint, still read from such a server. */
    private static final int OLDER_AUTHORITY_CHARS = 6;
    private static final int SECRET_CHARS = 6;
    private static final int BITS_PER_CHAR = 5;
    private static final int GROUP = 6;

    private final String authorityPrefix;
    private final String secret;

    private PairingCode(String authorityPrefix, String secret) {
        this.authorityPrefix = authorityPrefix;
        this.secret = secret;
    }

    /** A new code for the store whose certificate authority has this SHA-256 fingerprint. */
    public static PairingCode issue(byte[] authorityFingerprint, SecureRandom random) {
        return new PairingCode(prefixOf(authorityFingerprint, AUTHORITY_CHARS),
                encode(random.nextInt(1 << 30), SECRET_CHARS));
    }

    /** Reads a typed code; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static PairingCode parse(String typed) {
        String code = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != AUTHORITY_CHARS + SECRET_CHARS && code.length() != OLDER_AUTHORITY_CHARS + SECRET_CHARS) {
            throw new IllegalArgumentException("a pairing code has 18 letters and digits, like 7K3MQ9-XD2F4T-8HN5RB");
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                throw new IllegalArgumentException("'" + c + "' is not in a pairing code");
            }
        }
        int authority = code.length() - SECRET_CHARS;
        return new PairingCode(code.substring(0, authority), code.substring(authority));
    }

    /** Whether a certificate authority with this SHA-256 fingerprint is the one the code was made by. */
    public boolean madeBy(byte[] authorityFingerprint) {
        return authorityPrefix.equals(prefixOf(authorityFingerprint, authorityPrefix.length()));
    }

    /** The one-time secret the server checks. */
    public String secret() {
        return secret;
    }

    /** The fingerprint's first {@code chars} characters' worth of bits (5 each), encoded. */
    private static String prefixOf(byte[] fingerprint, int chars) {
        long first64Bits = 0;
        for (int i = 0; i < 8; i++) {
            first64Bits = (first64Bits << 8) | (fingerprint[i] & 0xff);
        }
        return encode(first64Bits >>> (Long.SIZE - chars * BITS_PER_CHAR), chars);
    }

    private static String encode(long value, int length) {
        char[] chars = new char[length];
        for (int i = length - 1; i >= 0; i--) {
            chars[i] = ALPHABET.charAt((int) (value & 0x1f));
            value >>>= BITS_PER_CHAR;
        }
        return new String(chars);
    }

    /** As shown to people: three groups of six. */
    @Override
    public String toString() {
        String code = authorityPrefix + secret;
        return code.substring(0, GROUP) + "-" + code.substring(GROUP, 2 * GROUP) + "-" + code.substring(2 * GROUP);
    }
}
