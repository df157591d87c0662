package cafe.core.events;

/**
 * What ordering tells the other contexts: a card to charge, an order paid, an order cancelled.
 * A closed family: each member names its wire {@code TYPE} as a constant, so a renamed record
 * still routes, and a new one is a change to this list.
 */
public sealed interface OrderingEvent permits PaymentRequested, OrderPaid, OrderCancelled {

    String orderId();

    /** The message's {@code type} property, the member's {@code TYPE}. */
    String type();
}
