package cafe.core.payment.adapter.persistence;

import cafe.core.payment.application.SettledPayments;
import cafe.core.payment.domain.Payment;
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
        return database.session()
                .createSelectionQuery("from PaymentEntity where settledAt >= :from and settledAt < :to",
                        PaymentEntity.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(PaymentEntity::toPayment).toList();
    }
}
