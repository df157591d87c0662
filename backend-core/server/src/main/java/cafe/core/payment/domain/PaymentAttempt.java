package cafe.core.payment.domain;

import java.time.Instant;
import java.util.Objects;

/** An order's numbered try at paying an amount with one card, before the gateway has answered. */
public record PaymentAttempt(String paymentId, String orderId, int attempt, long amountWon, CardSummary card) {

    public PaymentAttempt {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderId, "orderId");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1, was " + attempt);
        }
        if (amountWon < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amountWon);
        }
    }

    public String idempotencyKey() {
        return Payment.idempotencyKey(orderId, attempt);
    }

    Payment.Builder toBuilder(Instant settledAt) {
        return Payment.restore().paymentId(paymentId).order(orderId, attempt, amountWon).card(card)
                .settledAt(settledAt);
    }
}
