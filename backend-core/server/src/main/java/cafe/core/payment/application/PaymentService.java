package cafe.core.payment.application;

import cafe.core.events.OrderCancelled;
import cafe.core.events.PaymentRequested;
import cafe.core.payment.application.PaymentGateway.Approved;
import cafe.core.payment.application.PaymentGateway.ChargeRequest;
import cafe.core.payment.application.PaymentGateway.ChargeResult;
import cafe.core.payment.application.PaymentGateway.Declined;
import cafe.core.payment.application.PaymentGateway.RefundReceipt;
import cafe.core.payment.application.PaymentGateway.RefundRequest;
import cafe.core.payment.domain.CardSummary;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentAttempt;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment context's use cases. Settles payment requests: charges the card once per (order,
 * attempt) and never a second time for an order that is already paid. The gateway is called with the
 * attempt's idempotency key before anything is stored, so a redelivered request after a crash gets the
 * gateway's first answer instead of a second charge. The payment and its outcome event commit together.
 * Called from the payment-requests subscription, all of this joins the subscriber's transaction (with
 * the processed eventId), so payment's database stays taken for as long as the gateway takes to answer.
 * Refunds a cancelled paid order once, as the compensating step of the cancellation.
 */
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final Transactions transactions;
    private final Payments payments;
    private final EventOutbox outbox;
    private final PaymentGateway gateway;
    private final Clock clock;

    public PaymentService(Transactions transactions, Payments payments, EventOutbox outbox, PaymentGateway gateway,
                         Clock clock) {
        this.transactions = transactions;
        this.payments = payments;
        this.outbox = outbox;
        this.gateway = gateway;
        this.clock = clock;
    }

    /**
     * Charges the requested card, unless this attempt is settled or the order is paid already, in
     * which case the known outcome is told again.
     *
     * @throws GatewayUnavailableException so that the broker redelivers the request
     */
    public void charge(PaymentRequested request) {
        if (transactions.inTransaction(() -> retellIfSettled(request))) {
            return;
        }
        PaymentAttempt attempt = attemptOf(request);
        log.info("orderId={} attempt={} charging {} won to {}", request.orderId(), request.attempt(),
                request.amountWon(), attempt.card());
        ChargeResult result = gateway.charge(new ChargeRequest(attempt.idempotencyKey(), request.orderId(),
                request.amountWon(), request.card().token()));
        transactions.run(() -> settle(request, settled(attempt, result)));
    }

    /** Ends a request the gateway never answered as declined, so that the order does not hang. */
    public void abandon(PaymentRequested request, Abandonment why) {
        transactions.run(() -> {
            if (!retellIfSettled(request)) {
                Payment declined = Payment.declined(attemptOf(request), why.reasonCode(), why.reasonMessage(),
                        clock.instant());
                settle(request, declined);
            }
        });
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

    private boolean retellIfSettled(PaymentRequested request) {
        Optional<Payment> known = payments.chargedFor(request.orderId())
                .or(() -> payments.find(request.orderId(), request.attempt()));
        known.ifPresent(payment -> {
            log.info("orderId={} attempt={} already settled as {} by attempt {}, not charging", request.orderId(),
                    request.attempt(), payment.status(), payment.attempt());
            outbox.append(PaymentEvents.outcomeOf(payment));
        });
        return known.isPresent();
    }

    private void settle(PaymentRequested request, Payment payment) {
        payments.save(payment);
        outbox.append(PaymentEvents.outcomeOf(payment));
        log.info("orderId={} attempt={} payment {} {}{}", request.orderId(), request.attempt(), payment.paymentId(),
                payment.status(), payment.declineCode() == null ? "" : " (" + payment.declineCode() + ")");
    }

    private Payment settled(PaymentAttempt attempt, ChargeResult result) {
        if (result instanceof Approved approved) {
            return Payment.approved(attempt, approved.authorizationCode(), clock.instant());
        }
        Declined declined = (Declined) result;
        return Payment.declined(attempt, declined.code(), declined.message(), clock.instant());
    }

    private static PaymentAttempt attemptOf(PaymentRequested request) {
        CardSummary card = request.card() == null ? null
                : new CardSummary(request.card().brand(), request.card().last4());
        return new PaymentAttempt(UUID.randomUUID().toString(), request.orderId(), request.attempt(),
                request.amountWon(), card);
    }
}
