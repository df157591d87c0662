package cafe.contract.wire;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for orders, payments, events and idempotency keys: UUIDs of version 7 (RFC 9562), whose first
 * 48 bits are the time in milliseconds and the other 74 random. Ids made one after another sort
 * together, so a database index takes each new one near the last instead of on a page of its own:
 * a batch of events or a busy minute of orders writes a few index pages, not one per id. The random
 * bits come from a {@link SecureRandom}, as in {@link UUID#randomUUID()}: an order's idempotency key
 * also proves a kiosk may cancel it, so it must not be guessable.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

    private TimeOrderedIds() {
    }

    /** A new id, as text. */
    public static String next() {
        return at(System.currentTimeMillis()).toString();
    }

    static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long randA = ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long high = (epochMillis << 16) | VERSION_7 | randA;
        long low = (ByteBuffer.wrap(random, 2, 8).getLong() & VARIANT_MASK) | VARIANT;
        return new UUID(high, low);
    }
}
