package cafe.core.events;

/**
 * The card was not charged. {@code reasonCode}: CARD_DECLINED, INSUFFICIENT_FUNDS, UNAVAILABLE
 * (gateway down, or the request died after three tries), EXPIRED (the request went stale).
 */
public record PaymentDeclined(String orderId, int attempt, String reasonCode, String reasonMessage) implements PaymentEvent {

    public static final String TYPE = "PaymentDeclined";

    @Override
    public String type() {
        return TYPE;
    }
}
