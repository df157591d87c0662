package cafe.core.payment.adapter.persistence;

import cafe.core.payment.domain.CardSummary;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code payment}; the schema is owned by {@code db/payment}. */
@Entity
@Table(name = "payment")
class PaymentEntity {

    @Id
    @Column(name = "payment_id")
    private String paymentId;
    @Column(name = "order_id", nullable = false)
    private String orderId;
    @Column(nullable = false)
    private int attempt;
    @Column(name = "amount_won", nullable = false)
    private long amountWon;
    @Column(name = "card_brand")
    private String cardBrand;
    @Column(name = "card_last4")
    private String cardLast4;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;
    @Column(name = "authorization_code")
    private String authorizationCode;
    @Column(name = "decline_code")
    private String declineCode;
    @Column(name = "decline_message")
    private String declineMessage;
    @Column(name = "settled_at")
    private Instant settledAt;
    @Column(name = "refund_id")
    private String refundId;
    @Column(name = "refunded_at")
    private Instant refundedAt;
    @Column(name = "void_due", nullable = false)
    private boolean voidDue;

    protected PaymentEntity() {
    }

    static PaymentEntity of(Payment payment) {
        PaymentEntity row = new PaymentEntity();
        row.paymentId = payment.paymentId();
        row.orderId = payment.orderId();
        row.attempt = payment.attempt();
        row.amountWon = payment.amountWon();
        row.cardBrand = payment.card() == null ? null : payment.card().brand();
        row.cardLast4 = payment.card() == null ? null : payment.card().last4();
        row.status = payment.status();
        row.authorizationCode = payment.authorizationCode();
        row.declineCode = payment.declineCode();
        row.declineMessage = payment.declineMessage();
        row.settledAt = payment.settledAt();
        row.refundId = payment.refundId();
        row.refundedAt = payment.refundedAt();
        row.voidDue = payment.voidDue();
        return row;
    }

    Payment toPayment() {
        CardSummary card = cardBrand == null && cardLast4 == null ? null : new CardSummary(cardBrand, cardLast4);
        return Payment.restore().paymentId(paymentId).order(orderId, attempt, amountWon).card(card)
                .settledAt(settledAt).status(status).authorizationCode(authorizationCode)
                .decline(declineCode, declineMessage).refund(refundId, refundedAt).voidDue(voidDue).build();
    }
}
