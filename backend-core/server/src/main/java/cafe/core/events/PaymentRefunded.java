package cafe.core.events;

/** The compensating step of a cancellation: the money went back to the card. */
public record PaymentRefunded(String orderId, String paymentId, long amountWon) implements PaymentEvent {

    public static final String TYPE = "PaymentRefunded";

    @Override
    public String type() {
        return TYPE;
    }
}
