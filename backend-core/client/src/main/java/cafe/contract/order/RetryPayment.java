package cafe.contract.order;

/**
 * After a decline, pay the same order with another card. Only the kiosk that placed the order may:
 * {@code idempotencyKey} is the key it placed the order with (no other terminal ever sees it).
 * {@code declinedAttempt} is the attempt the kiosk saw declined (its {@link OrderAccepted}'s): a
 * retry sent again because its answer was lost then finds the order past that attempt, and is
 * answered with the attempt it opened instead of opening another. 0 from a kiosk that does not say.
 */
public record RetryPayment(String orderId, CardToken card, String idempotencyKey, int declinedAttempt) {

    @Override
    public String toString() {
        return "RetryPayment[" + orderId + "]";
    }
}
