package cafe.core.events;

/**
 * The card was charged; there is at most one approved payment per order. The card's brand and last
 * four digits travel on for the receipt (never more of the card).
 */
public record PaymentApproved(String orderId, int attempt, String paymentId, long amountWon,
                              String authorizationCode, String cardBrand, String cardLast4) implements PaymentEvent {

    public static final String TYPE = "PaymentApproved";

    @Override
    public String type() {
        return TYPE;
    }
}
