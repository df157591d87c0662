package cafe.contract.order;

/**
 * Cancel an order before preparation. A kiosk may cancel only an unpaid order; staff may cancel a
 * paid one, which refunds the card.
 */
public record CancelOrder(String orderId, String reason) {
}
