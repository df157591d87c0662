package cafe.core.payment.adapter.persistence;

import cafe.core.payment.application.Payments;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.platform.persistence.PlainStatements;
import cafe.core.platform.persistence.ServiceDatabase;
import java.util.List;
import java.util.Optional;

/**
 * Payments in the payment context's own database, in the caller's transaction, with plain SQL
 * ({@link PlainStatements}): every payment request reads and writes them.
 */
public class HibernatePayments implements Payments {

    /** The entity classes the payment database maps: none of its own. */
    public static final List<Class<?>> ENTITIES = List.of();

    private static final String UPSERT = "INSERT INTO payment (payment_id, order_id, attempt, amount_won, card_brand,"
            + " card_last4, status, authorization_code, decline_code, decline_message, settled_at, refund_id,"
            + " refunded_at, void_due, refund_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (payment_id) DO UPDATE SET order_id = excluded.order_id, attempt = excluded.attempt,"
            + " amount_won = excluded.amount_won, card_brand = excluded.card_brand,"
            + " card_last4 = excluded.card_last4, status = excluded.status,"
            + " authorization_code = excluded.authorization_code, decline_code = excluded.decline_code,"
            + " decline_message = excluded.decline_message, settled_at = excluded.settled_at,"
            + " refund_id = excluded.refund_id, refunded_at = excluded.refunded_at, void_due = excluded.void_due,"
            + " refund_due = excluded.refund_due";

    private final ServiceDatabase database;

    public HibernatePayments(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Payment> find(String orderId, int attempt) {
        return PlainStatements.one(database.session(), PaymentRows.SELECT + " WHERE order_id = ? AND attempt = ?",
                PaymentRows::payment, orderId, attempt);
    }

    @Override
    public Optional<Payment> chargedFor(String orderId) {
        return PlainStatements.one(database.session(), PaymentRows.SELECT + " WHERE order_id = ? AND status IN (?, ?)",
                PaymentRows::payment, orderId, PaymentStatus.APPROVED, PaymentStatus.REFUNDED);
    }

    @Override
    public List<Payment> owingVoids(int limit) {
        return PlainStatements.list(database.session(), PaymentRows.SELECT + " WHERE void_due = 1"
                + " ORDER BY settled_at LIMIT ?", PaymentRows::payment, limit);
    }

    @Override
    public List<Payment> owingRefunds(int limit) {
        return PlainStatements.list(database.session(), PaymentRows.SELECT + " WHERE refund_due = 1"
                + " ORDER BY settled_at LIMIT ?", PaymentRows::payment, limit);
    }

    @Override
    public List<Payment> attempts(String orderId) {
        return PlainStatements.list(database.session(), PaymentRows.SELECT + " WHERE order_id = ? ORDER BY attempt",
                PaymentRows::payment, orderId);
    }

    @Override
    public void save(Payment payment) {
        boolean carded = payment.card() != null;
        PlainStatements.update(database.session(), UPSERT, payment.paymentId(), payment.orderId(), payment.attempt(),
                payment.amountWon(), carded ? payment.card().brand() : null, carded ? payment.card().last4() : null,
                payment.status(), payment.authorizationCode(), payment.declineCode(), payment.declineMessage(),
                payment.settledAt(), payment.refundId(), payment.refundedAt(), payment.voidDue(), payment.refundDue());
    }
}
