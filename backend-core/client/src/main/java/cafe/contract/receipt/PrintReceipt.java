package cafe.contract.receipt;

/** The manager prints an order's receipt; the same {@code requestId} again prints it once. */
public record PrintReceipt(String requestId, String orderId) {
}
