package cafe.contract.order;

/**
 * The server's answer to PlaceOrder and RetryPayment: payment is now under way, as the order's
 * {@code paymentAttempt} (1 for the first card, one more for each card after a decline).
 */
public record OrderAccepted(String orderId, int orderNumber, long totalWon, OrderStatus status,
                            int paymentAttempt) {
}
