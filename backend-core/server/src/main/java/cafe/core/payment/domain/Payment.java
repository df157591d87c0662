package cafe.core.payment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to pay for an order: pending while the card network has it, then settled (the card
 * was charged or it was not). An order has at most one charged payment; a refund gives that
 * payment's money back once; a refund the network could not take yet stays owed until it does. A
 * payment declined while the network's answer was still unknown owes a void: the network may hold an
 * approval under its key that nobody will ever collect.
 */
public final class Payment {

    private final String paymentId;
    private final String orderId;
    private final int attempt;
    private final long amountWon;
    private final CardSummary card;
    private final Instant settledAt;
    private final String authorizationCode;
    private final String declineCode;
    private final String declineMessage;
    private PaymentStatus status;
    private String refundId;
    private Instant refundedAt;
    private boolean voidDue;
    private boolean refundDue;

    private Payment(Builder builder) {
        this.paymentId = Objects.requireNonNull(builder.paymentId, "paymentId");
        this.orderId = Objects.requireNonNull(builder.orderId, "orderId");
        this.attempt = builder.attempt;
        this.amountWon = builder.amountWon;
        this.card = builder.card;
        this.status = Objects.requireNonNull(builder.status, "status");
        this.settledAt = status == PaymentStatus.PENDING ? null : Objects.requireNonNull(builder.settledAt, "settledAt");
        this.authorizationCode = builder.authorizationCode;
        this.declineCode = builder.declineCode;
        this.declineMessage = builder.declineMessage;
        this.refundId = builder.refundId;
        this.refundedAt = builder.refundedAt;
        this.voidDue = builder.voidDue;
        this.refundDue = builder.refundDue;
    }

    /** The charge is on its way to the card network: written before the call, so a retry knows. */
    public static Payment pending(PaymentAttempt attempt) {
        return attempt.toBuilder(null).status(PaymentStatus.PENDING).build();
    }

    /** The card was charged: the gateway gave an authorization code. */
    public static Payment approved(PaymentAttempt attempt, String authorizationCode, Instant at) {
        return attempt.toBuilder(at).status(PaymentStatus.APPROVED)
                .authorizationCode(Objects.requireNonNull(authorizationCode, "authorizationCode")).build();
    }

    /** Nothing was taken: the gateway refused, or the request never got an answer in time. */
    public static Payment declined(PaymentAttempt attempt, String code, String message, Instant at) {
        return attempt.toBuilder(at).status(PaymentStatus.DECLINED)
                .decline(Objects.requireNonNull(code, "code"), message).build();
    }

    /**
     * Nothing will be collected, but the network's answer to the charge never came: the store owes
     * it a void, in case it approved.
     */
    public static Payment declinedOwingVoid(PaymentAttempt attempt, String code, String message, Instant at) {
        Payment payment = declined(attempt, code, message, at);
        payment.voidDue = true;
        return payment;
    }

    /** Rebuilds a stored payment, for persistence adapters. */
    public static Builder restore() {
        return new Builder();
    }

    /** Records that the money went back to the card; only a charged, not yet refunded payment can. */
    public void refund(String gatewayRefundId, Instant at) {
        if (status != PaymentStatus.APPROVED) {
            throw new IllegalStateException("Payment " + paymentId + " of order " + orderId + " is " + status
                    + ", it cannot be refunded");
        }
        this.status = PaymentStatus.REFUNDED;
        this.refundId = Objects.requireNonNull(gatewayRefundId, "gatewayRefundId");
        this.refundedAt = Objects.requireNonNull(at, "at");
        this.refundDue = false;
    }

    /** The order was cancelled, and the network has not taken the refund yet: it is owed until it does. */
    public void owesRefund() {
        if (status != PaymentStatus.APPROVED) {
            throw new IllegalStateException("Payment " + paymentId + " of order " + orderId + " is " + status
                    + ", it owes no refund");
        }
        refundDue = true;
    }

    /** The network confirmed that nothing stays approved under this payment's key. */
    public void voided() {
        if (!voidDue) {
            throw new IllegalStateException("Payment " + paymentId + " of order " + orderId + " owes no void");
        }
        voidDue = false;
    }

    /** The attempt this payment settles, to settle it again from its pending row. */
    public PaymentAttempt toAttempt() {
        return new PaymentAttempt(paymentId, orderId, attempt, amountWon, card);
    }

    public boolean settled() {
        return status != PaymentStatus.PENDING;
    }

    public String idempotencyKey() {
        return idempotencyKey(orderId, attempt);
    }

    /** The key under which the gateway knows this attempt's charge, so it never charges it twice. */
    public static String idempotencyKey(String orderId, int attempt) {
        return orderId + ":" + attempt;
    }

    public String paymentId() {
        return paymentId;
    }

    public String orderId() {
        return orderId;
    }

    public int attempt() {
        return attempt;
    }

    public long amountWon() {
        return amountWon;
    }

    public CardSummary card() {
        return card;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public PaymentStatus status() {
        return status;
    }

    public String authorizationCode() {
        return authorizationCode;
    }

    public String declineCode() {
        return declineCode;
    }

    public String declineMessage() {
        return declineMessage;
    }

    public String refundId() {
        return refundId;
    }

    public Instant refundedAt() {
        return refundedAt;
    }

    public boolean voidDue() {
        return voidDue;
    }

    public boolean refundDue() {
        return refundDue;
    }

    /** Field by field construction of a payment, used by the factories and by persistence. */
    public static final class Builder {
        private String paymentId;
        private String orderId;
        private int attempt;
        private long amountWon;
        private CardSummary card;
        private Instant settledAt;
        private PaymentStatus status;
        private String authorizationCode;
        private String declineCode;
        private String declineMessage;
        private String refundId;
        private Instant refundedAt;
        private boolean voidDue;
        private boolean refundDue;

        Builder() {
        }

        public Builder paymentId(String value) {
            this.paymentId = value;
            return this;
        }

        public Builder order(String id, int attemptNumber, long amount) {
            this.orderId = id;
            this.attempt = attemptNumber;
            this.amountWon = amount;
            return this;
        }

        public Builder card(CardSummary value) {
            this.card = value;
            return this;
        }

        public Builder settledAt(Instant value) {
            this.settledAt = value;
            return this;
        }

        public Builder status(PaymentStatus value) {
            this.status = value;
            return this;
        }

        public Builder authorizationCode(String value) {
            this.authorizationCode = value;
            return this;
        }

        public Builder decline(String code, String message) {
            this.declineCode = code;
            this.declineMessage = message;
            return this;
        }

        public Builder refund(String id, Instant at) {
            this.refundId = id;
            this.refundedAt = at;
            return this;
        }

        public Builder voidDue(boolean value) {
            this.voidDue = value;
            return this;
        }

        public Builder refundDue(boolean value) {
            this.refundDue = value;
            return this;
        }

        public Payment build() {
            return new Payment(this);
        }
    }
}
