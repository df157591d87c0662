package cafe.core.payment.adapter.persistence;

import cafe.core.payment.application.SettledPayments;
import cafe.core.payment.domain.Payment;
import cafe.core.platform.persistence.PlainStatements;
import cafe.core.platform.persistence.ServiceDatabase;
import java.time.Instant;
import java.util.List;

/** Settled payments from the payment context's own database, in the caller's transaction. */
public final class HibernateSettledPayments implements SettledPayments {

    private final ServiceDatabase database;

    public HibernateSettledPayments(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public List<Payment> settledBetween(Instant from, Instant to) {
        return PlainStatements.list(database.session(),
                PaymentRows.SELECT + " WHERE settled_at >= ? AND settled_at < ?", PaymentRows::payment, from, to);
    }
}
