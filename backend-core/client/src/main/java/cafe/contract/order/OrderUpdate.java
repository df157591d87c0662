package cafe.contract.order;

/**
 * Published on {@code cafe.order.events} whenever an order's status changes, so a kiosk learns
 * "paid" or "declined" (with a reason code such as CARD_DECLINED, INSUFFICIENT_FUNDS, TIMEOUT,
 * UNAVAILABLE) without polling.
 */
public record OrderUpdate(String orderId, int orderNumber, OrderStatus status, String reasonCode,
                          String reasonMessage) {
}
