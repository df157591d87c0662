package cafe.contract.order;

/** The server's answer to PlaceOrder and RetryPayment: payment is now under way. */
public record OrderAccepted(String orderId, int orderNumber, long totalWon, OrderStatus status) {
}
