package cafe.core.events;

/** An order was cancelled before preparation; payment refunds when {@code refundDue}. */
public record OrderCancelled(String orderId, int orderNumber, boolean refundDue, long amountWon, String reason) implements OrderingEvent {

    public static final String TYPE = "OrderCancelled";

    @Override
    public String type() {
        return TYPE;
    }
}
