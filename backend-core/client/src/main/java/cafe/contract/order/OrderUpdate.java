package cafe.contract.order;

/**
 * Published on {@code cafe.order.events} with an order's news until it is paid, its payment failed or
 * it is cancelled: placed (CREATED, again for each new card), PAID, PAYMENT_FAILED (with a reason code
 * such as CARD_DECLINED, INSUFFICIENT_FUNDS, TIMEOUT, UNAVAILABLE) and CANCELLED, so a kiosk learns the
 * outcome without polling. The bar's steps (QUEUED to PICKED_UP) are not published here: GetOrder tells
 * them, and the bar's ticket events show them to the consoles and the board.
 */
public record OrderUpdate(String orderId, int orderNumber, OrderStatus status, String reasonCode,
                          String reasonMessage) {
}
