package cafe.core.events;

/**
 * What payment tells ordering about a charge: approved, declined or refunded. A closed family with
 * constant wire types, as {@link OrderingEvent}.
 */
public sealed interface PaymentEvent permits PaymentApproved, PaymentDeclined, PaymentRefunded {

    String orderId();

    /** The message's {@code type} property, the member's {@code TYPE}. */
    String type();
}
