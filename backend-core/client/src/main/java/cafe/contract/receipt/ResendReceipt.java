package cafe.contract.receipt;

/**
 * The manager sends an order's receipt to an e-mail address the customer gave them. {@code requestId}
 * is made once per press by the screen: the same request sent again sends one e-mail.
 */
public record ResendReceipt(String requestId, String orderId, String email) {

    @Override
    public String toString() {
        return "ResendReceipt[" + requestId + ", " + orderId + "]";
    }
}
