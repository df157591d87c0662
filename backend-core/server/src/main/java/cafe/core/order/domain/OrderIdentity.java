package cafe.core.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What never changes about an order: its id, its short number on its business day, the kiosk and
 * the kiosk's idempotency key it came with, and when it was placed.
 */
public record OrderIdentity(String orderId, int number, LocalDate businessDay, String kioskId,
                            String idempotencyKey, Instant placedAt) {

    public OrderIdentity {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(businessDay, "businessDay");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(placedAt, "placedAt");
    }
}
