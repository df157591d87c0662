package cafe.core.payment.application;

import cafe.contract.wire.Headers;
import cafe.contract.wire.TimeOrderedIds;
import cafe.core.events.OrderCancelled;
import cafe.core.events.PaymentRequested;
import cafe.core.payment.application.PaymentGateway.Approved;
import cafe.core.payment.application.PaymentGateway.ChargeRequest;
import cafe.core.payment.application.PaymentGateway.ChargeResult;
import cafe.core.payment.application.PaymentGateway.Declined;
import cafe.core.payment.application.PaymentGateway.RefundReceipt;
import cafe.core.payment.application.PaymentGateway.RefundRequest;
import cafe.core.payment.application.PaymentGateway.VoidRequest;
import cafe.core.payment.domain.CardSummary;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentAttempt;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The payment context's use cases. Settles payment requests: charges the card once per (order,
 * attempt) and never a second time for an order that is already paid. No transaction is open while
 * the card network works, so requests settle side by side: one short transaction writes the payment
 * PENDING, the network is called with the attempt's idempotency key, and a second one stores the
 * outcome with its event. A delivery that finds its attempt pending (a crash, a time-out, a
 * concurrent redelivery) asks the network what became of the charge before sending it again, and
 * one that cannot learn it declines only what the network never received, or declines owing a void.
 * Refunds a cancelled paid order once, as the compensating step of the cancellation, and keeps a
 * refund the network could not take owed until it does.
 */
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private static final int VOIDS_PER_SWEEP = 20;
    private static final int REFUNDS_PER_SWEEP = 20;
    static final Declined OFFLINE = new Declined("UNAVAILABLE",
            "Card payments are unavailable right now. Please try again in a minute or pay at the counter.");

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

    /** An attempt written PENDING; {@code inDoubt} when an earlier delivery may have sent it already. */
    private record Open(Payment payment, boolean inDoubt) {
    }

    /**
     * Charges the requested card, unless this attempt is settled or the order is paid already, in
     * which case the known outcome is told again.
     *
     * @throws GatewayUnavailableException so that the broker redelivers the request
     */
    public void charge(PaymentRequested request) {
        Optional<Open> open = transactions.inTransaction(() -> open(request));
        if (open.isEmpty()) {
            return;
        }
        Payment pending = open.get().payment();
        String token = request.card().token();
        ChargeResult result = open.get().inDoubt() ? recover(pending, token) : send(pending, token);
        transactions.run(() -> settle(pending, settled(pending.toAttempt(), result)));
    }

    /**
     * Ends a request that will not be charged any more (dead or expired) so that the order does not
     * hang: declined, unless the network says it approved a charge an earlier delivery sent.
     */
    public void abandon(PaymentRequested request, Abandonment why) {
        transactions.inTransaction(() -> open(request)).ifPresent(open -> {
            Payment outcome = open.inDoubt() ? resolveAbandoned(open.payment(), why)
                    : Payment.declined(open.payment().toAttempt(), why.reasonCode(), why.reasonMessage(),
                    clock.instant());
            transactions.run(() -> settle(open.payment(), outcome));
        });
    }

    /** Voids, while the network answers, the charges declined without knowing the network's answer. */
    public void voidWhatIsOwed() {
        for (Payment payment : transactions.inTransaction(() -> payments.owingVoids(VOIDS_PER_SWEEP))) {
            try (var orderId = MDC.putCloseable(Headers.ORDER_ID, payment.orderId())) {
                if (!voidNow(payment)) {
                    return;
                }
            }
        }
    }

    /** False when the network cannot take it now: the rest wait for the next sweep too. */
    private boolean voidNow(Payment payment) {
        try {
            gateway.voidCharge(new VoidRequest(payment.idempotencyKey(), payment.orderId()));
        } catch (GatewayUnavailableException e) {
            log.info("orderId={} void of payment {} waits for the card network: {}", payment.orderId(),
                    payment.paymentId(), e.getMessage());
            return false;
        }
        transactions.run(() -> {
            payment.voided();
            payments.save(payment);
        });
        log.info("orderId={} attempt={} payment {} voided at the card network", payment.orderId(),
                payment.attempt(), payment.paymentId());
        return true;
    }

    /**
     * Refunds the order's charge when the cancellation says one is due. A network that cannot take
     * it now (down, or held back by the breaker) leaves it owed, for {@link #refundWhatIsOwed}: the
     * cancellation is done with either way, so it is never dead-lettered for the network's sake.
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
        try {
            refundNow(charged.get(), cancelled.reason());
        } catch (GatewayUnavailableException e) {
            Payment payment = charged.get();
            log.warn("orderId={} refund of payment {} owed: the card network did not take it ({}); it is tried"
                    + " again until it does", payment.orderId(), payment.paymentId(), e.getMessage());
            transactions.run(() -> owe(payment.orderId()));
        }
    }

    /** Refunds, while the network answers, the cancelled orders' charges it could not refund before. */
    public void refundWhatIsOwed() {
        for (Payment payment : transactions.inTransaction(() -> payments.owingRefunds(REFUNDS_PER_SWEEP))) {
            try (var orderId = MDC.putCloseable(Headers.ORDER_ID, payment.orderId())) {
                if (!refundOwed(payment)) {
                    return;
                }
            }
        }
    }

    /** False when the network cannot take it now: the rest wait for the next sweep too. */
    private boolean refundOwed(Payment payment) {
        try {
            refundNow(payment, "owed since the order was cancelled");
            return true;
        } catch (GatewayUnavailableException e) {
            log.info("orderId={} refund of payment {} waits for the card network: {}", payment.orderId(),
                    payment.paymentId(), e.getMessage());
            return false;
        }
    }

    /** The network refunds under one key per order, so a refund asked for twice is made once. */
    private void refundNow(Payment charged, String why) {
        RefundReceipt receipt = gateway.refund(new RefundRequest("refund:" + charged.orderId(), charged.orderId(),
                charged.authorizationCode(), charged.amountWon()));
        boolean recorded = transactions.inTransaction(() -> stillCharged(charged.orderId()).map(payment -> {
            payment.refund(receipt.refundId(), clock.instant());
            payments.save(payment);
            outbox.append(PaymentEvents.outcomeOf(payment));
            return true;
        }).orElse(false));
        if (recorded) {
            log.info("orderId={} payment {} refunded {} won ({})", charged.orderId(), charged.paymentId(),
                    charged.amountWon(), why);
        }
    }

    private void owe(String orderId) {
        stillCharged(orderId).ifPresent(payment -> {
            payment.owesRefund();
            payments.save(payment);
        });
    }

    /** The order's charge as stored now, unless it was refunded meanwhile (by the sweep, or a redelivery). */
    private Optional<Payment> stillCharged(String orderId) {
        return payments.chargedFor(orderId).filter(payment -> payment.status() == PaymentStatus.APPROVED);
    }

    /** Retells a settled attempt (empty), or returns it pending, written now or found from before. */
    private Optional<Open> open(PaymentRequested request) {
        if (retellIfSettled(request)) {
            return Optional.empty();
        }
        Optional<Payment> earlier = payments.find(request.orderId(), request.attempt());
        if (earlier.isPresent()) {
            return Optional.of(new Open(earlier.get(), true));
        }
        Payment pending = Payment.pending(attemptOf(request));
        payments.save(pending);
        // the outcome's line tells the charge at INFO
        log.debug("orderId={} attempt={} charging {} won to {}", request.orderId(), request.attempt(),
                request.amountWon(), pending.card());
        return Optional.of(new Open(pending, false));
    }

    private ChargeResult send(Payment pending, String cardToken) {
        try {
            return gateway.charge(new ChargeRequest(pending.idempotencyKey(), pending.orderId(), pending.amountWon(),
                    cardToken));
        } catch (NetworkOfflineException e) {
            log.warn("orderId={} attempt={} not sent: {}", pending.orderId(), pending.attempt(), e.getMessage());
            return OFFLINE;
        } catch (GatewayUnavailableException e) {
            log.warn("orderId={} attempt={} no answer from the card network ({}); asking what became of the charge",
                    pending.orderId(), pending.attempt(), e.getMessage());
            return gateway.lookup(pending.idempotencyKey()).orElseThrow(() -> e);
        }
    }

    /** An earlier delivery sent the charge and stored no answer: ask first, send only what never arrived. */
    private ChargeResult recover(Payment pending, String cardToken) {
        Optional<ChargeResult> known = gateway.lookup(pending.idempotencyKey());
        return known.isPresent() ? known.get() : send(pending, cardToken);
    }

    private Payment resolveAbandoned(Payment pending, Abandonment why) {
        PaymentAttempt attempt = pending.toAttempt();
        try {
            return gateway.lookup(pending.idempotencyKey()).map(known -> settled(attempt, known))
                    .orElseGet(() -> Payment.declined(attempt, why.reasonCode(), why.reasonMessage(), clock.instant()));
        } catch (GatewayUnavailableException e) {
            log.warn("orderId={} attempt={} declined without the card network's answer ({}); a void is owed",
                    pending.orderId(), pending.attempt(), e.getMessage());
            return Payment.declinedOwingVoid(attempt, why.reasonCode(), why.reasonMessage(), clock.instant());
        }
    }

    private boolean retellIfSettled(PaymentRequested request) {
        Optional<Payment> known = payments.chargedFor(request.orderId())
                .or(() -> payments.find(request.orderId(), request.attempt()).filter(Payment::settled));
        known.ifPresent(payment -> retell(payment, request.attempt()));
        return known.isPresent();
    }

    private void retell(Payment payment, int askedAttempt) {
        log.info("orderId={} attempt={} already settled as {} by attempt {}, not charging", payment.orderId(),
                askedAttempt, payment.status(), payment.attempt());
        outbox.append(PaymentEvents.outcomeOf(payment));
    }

    /** Stores the outcome, unless a concurrent delivery of the same attempt settled it first. */
    private void settle(Payment pending, Payment outcome) {
        Optional<Payment> now = payments.find(pending.orderId(), pending.attempt()).filter(Payment::settled);
        if (now.isPresent()) {
            retell(now.get(), pending.attempt());
            return;
        }
        payments.save(outcome);
        outbox.append(PaymentEvents.outcomeOf(outcome));
        log.info("orderId={} attempt={} payment {} {}{}", outcome.orderId(), outcome.attempt(), outcome.paymentId(),
                outcome.status(), outcome.declineCode() == null ? "" : " (" + outcome.declineCode() + ")");
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
        return new PaymentAttempt(TimeOrderedIds.next(), request.orderId(), request.attempt(),
                request.amountWon(), card);
    }
}
