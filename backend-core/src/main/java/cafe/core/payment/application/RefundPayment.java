package cafe.core.payment.application;

import cafe.core.events.OrderCancelled;
import cafe.core.payment.application.PaymentGateway.RefundReceipt;
import cafe.core.payment.application.PaymentGateway.RefundRequest;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compensating step of a cancelled paid order: gives the charge back through the gateway once
 * (its idempotency key is per order) and tells the others with PaymentRefunded.
 */
public class RefundPayment {

    private static final Logger log = LoggerFactory.getLogger(RefundPayment.class);

    private final Transactions transactions;
    private final Payments payments;
    private final EventOutbox outbox;
    private final PaymentGateway gateway;
    private final Clock clock;

    public RefundPayment(Transactions transactions, Payments payments, EventOutbox outbox, PaymentGateway gateway,
                         Clock clock) {
        this.transactions = transactions;
        this.payments = payments;
        this.outbox = outbox;
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * Refunds the order's charge when the cancellation says one is due.
     *
     * @throws GatewayUnavailableException so that the broker redelivers the cancellation
     */
    public void refund(OrderCancelled cancelled) {
        if (!cancelled.refundDue()) {
            log.info("orderId={} cancelled unpaid, nothing to refund", cancelled.orderId());
            return;
        }
        Optional<Payment> charged = transactions.inTransaction(() -> payments.chargedFor(cancelled.orderId()));
        if (charged.isEmpty()) {
            log.warn("orderId={} cancelled with a refund due but no charged payment is known", cancelled.orderId());
            return;
        }
        if (charged.get().status() == PaymentStatus.REFUNDED) {
            log.info("orderId={} payment {} already refunded", cancelled.orderId(), charged.get().paymentId());
            return;
        }
        Payment payment = charged.get();
        RefundReceipt receipt = gateway.refund(new RefundRequest("refund:" + payment.orderId(), payment.orderId(),
                payment.authorizationCode(), payment.amountWon()));
        transactions.run(() -> {
            payment.refund(receipt.refundId(), clock.instant());
            payments.save(payment);
            outbox.append(PaymentEvents.outcomeOf(payment));
        });
        log.info("orderId={} payment {} refunded {} won ({})", payment.orderId(), payment.paymentId(),
                payment.amountWon(), cancelled.reason());
    }
}
