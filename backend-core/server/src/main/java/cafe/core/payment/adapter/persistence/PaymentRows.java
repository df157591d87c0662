package cafe.core.payment.adapter.persistence;

import cafe.core.payment.domain.CardSummary;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.platform.persistence.PlainStatements;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The rows of {@code payment} (schema owned by {@code db/payment}) as the domain's payments. */
final class PaymentRows {

    static final String SELECT = "SELECT payment_id, order_id, attempt, amount_won, card_brand, card_last4, status,"
            + " authorization_code, decline_code, decline_message, settled_at, refund_id, refunded_at, void_due,"
            + " refund_due FROM payment";

    private PaymentRows() {
    }

    static Payment payment(ResultSet row) throws SQLException {
        String brand = row.getString("card_brand");
        String last4 = row.getString("card_last4");
        CardSummary card = brand == null && last4 == null ? null : new CardSummary(brand, last4);
        return Payment.restore().paymentId(row.getString("payment_id"))
                .order(row.getString("order_id"), row.getInt("attempt"), row.getLong("amount_won")).card(card)
                .settledAt(PlainStatements.instant(row, "settled_at"))
                .status(PaymentStatus.valueOf(row.getString("status")))
                .authorizationCode(row.getString("authorization_code"))
                .decline(row.getString("decline_code"), row.getString("decline_message"))
                .refund(row.getString("refund_id"), PlainStatements.instant(row, "refunded_at"))
                .voidDue(row.getInt("void_due") != 0).refundDue(row.getInt("refund_due") != 0).build();
    }
}
