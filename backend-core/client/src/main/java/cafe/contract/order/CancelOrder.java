package cafe.contract.order;

/**
 * Cancel an order before preparation. A kiosk may cancel only an unpaid order it placed itself,
 * proved by {@code idempotencyKey}, the key it placed the order with (no other terminal ever sees
 * it); staff may cancel any order before preparation, a paid one with a refund, and send no key.
 */
public record CancelOrder(String orderId, String reason, String idempotencyKey) {

    /** A staff cancellation. */
    public CancelOrder(String orderId, String reason) {
        this(orderId, reason, null);
    }
}
