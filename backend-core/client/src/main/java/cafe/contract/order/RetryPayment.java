package cafe.contract.order;

/**
 * After a decline, pay the same order with another card. Only the kiosk that placed the order may:
 * {@code idempotencyKey} is the key it placed the order with (no other terminal ever sees it).
 */
public record RetryPayment(String orderId, CardToken card, String idempotencyKey) {

    @Override
    public String toString() {
        return "RetryPayment[" + orderId + "]";
    }
}
