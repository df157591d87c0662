package cafe.core.events;

import cafe.contract.order.CardToken;

/** Ordering asks payment to charge a card; {@code attempt} counts from 1 per order. */
public record PaymentRequested(String orderId, int orderNumber, int attempt, long amountWon, CardToken card) implements OrderingEvent {

    public static final String TYPE = "PaymentRequested";

    @Override
    public String type() {
        return TYPE;
    }
}
