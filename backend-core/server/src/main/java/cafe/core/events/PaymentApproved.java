package cafe.core.events;

/** The card was charged; there is at most one approved payment per order. */
public record PaymentApproved(String orderId, int attempt, String paymentId, long amountWon,
                              String authorizationCode) implements PaymentEvent {

    public static final String TYPE = "PaymentApproved";

    @Override
    public String type() {
        return TYPE;
    }
}
