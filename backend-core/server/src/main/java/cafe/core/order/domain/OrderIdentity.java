package cafe.core.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What never changes about an order: its id, its short number on its business day, the kiosk and
 * the kiosk's idempotency key it came with, a digest of the request it was placed with (null for
 * orders placed before digests were kept), and when it was placed.
 */
public record OrderIdentity(String orderId, int number, LocalDate businessDay, String kioskId,
                            String idempotencyKey, String requestDigest, Instant placedAt) {

    public OrderIdentity {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(businessDay, "businessDay");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(placedAt, "placedAt");
    }

    /** An identity without a request digest. */
    public OrderIdentity(String orderId, int number, LocalDate businessDay, String kioskId, String idempotencyKey,
                         Instant placedAt) {
        this(orderId, number, businessDay, kioskId, idempotencyKey, null, placedAt);
    }

    /** False only when both digests are known and differ: the key was used for another order. */
    public boolean placedBy(String digest) {
        return requestDigest == null || requestDigest.equals(digest);
    }
}
