package cafe.core.payment.application;

import cafe.contract.wire.Addresses;
import cafe.core.events.PaymentApproved;
import cafe.core.events.PaymentDeclined;
import cafe.core.events.PaymentEvent;
import cafe.core.events.PaymentRefunded;
import cafe.core.payment.domain.Payment;
import cafe.core.shared.OutboundEvent;

/** Tells the other contexts what became of a payment, on {@code cafe.payment.events}. */
final class PaymentEvents {

    private PaymentEvents() {
    }

    /** The event that states a settled payment's present outcome: approved, declined or refunded. */
    static OutboundEvent outcomeOf(Payment payment) {
        return switch (payment.status()) {
            case APPROVED -> event(payment.orderId(), new PaymentApproved(payment.orderId(), payment.attempt(),
                    payment.paymentId(), payment.amountWon(), payment.authorizationCode(),
                    payment.card() == null ? null : payment.card().brand(),
                    payment.card() == null ? null : payment.card().last4()));
            case DECLINED -> event(payment.orderId(), new PaymentDeclined(payment.orderId(), payment.attempt(),
                    payment.declineCode(), payment.declineMessage()));
            case REFUNDED -> event(payment.orderId(),
                    new PaymentRefunded(payment.orderId(), payment.paymentId(), payment.amountWon()));
            case PENDING -> throw new IllegalStateException("payment " + payment.paymentId() + " has no outcome yet");
        };
    }

    private static OutboundEvent event(String orderId, PaymentEvent body) {
        return new OutboundEvent(Addresses.PAYMENT_EVENTS, body.type(), orderId, body);
    }
}
