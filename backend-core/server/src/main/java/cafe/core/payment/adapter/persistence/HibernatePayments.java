package cafe.core.payment.adapter.persistence;

import cafe.core.payment.application.Payments;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.platform.persistence.ServiceDatabase;
import java.util.List;
import java.util.Optional;

/** Payments in the payment context's own database, in the caller's transaction. */
public class HibernatePayments implements Payments {

    /** The entity classes the payment database maps. */
    public static final List<Class<?>> ENTITIES = List.of(PaymentEntity.class);

    private final ServiceDatabase database;

    public HibernatePayments(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Payment> find(String orderId, int attempt) {
        return database.session()
                .createSelectionQuery("from PaymentEntity where orderId = :orderId and attempt = :attempt",
                        PaymentEntity.class)
                .setParameter("orderId", orderId).setParameter("attempt", attempt)
                .uniqueResultOptional().map(PaymentEntity::toPayment);
    }

    @Override
    public Optional<Payment> chargedFor(String orderId) {
        return database.session()
                .createSelectionQuery("from PaymentEntity where orderId = :orderId and status in (:charged)",
                        PaymentEntity.class)
                .setParameter("orderId", orderId)
                .setParameterList("charged", List.of(PaymentStatus.APPROVED, PaymentStatus.REFUNDED))
                .uniqueResultOptional().map(PaymentEntity::toPayment);
    }

    @Override
    public List<Payment> owingVoids(int limit) {
        return database.session()
                .createSelectionQuery("from PaymentEntity where voidDue = true order by settledAt", PaymentEntity.class)
                .setMaxResults(limit)
                .getResultList().stream().map(PaymentEntity::toPayment).toList();
    }

    @Override
    public List<Payment> attempts(String orderId) {
        return database.session()
                .createSelectionQuery("from PaymentEntity where orderId = :orderId order by attempt", PaymentEntity.class)
                .setParameter("orderId", orderId)
                .getResultList().stream().map(PaymentEntity::toPayment).toList();
    }

    @Override
    public void save(Payment payment) {
        database.session().merge(PaymentEntity.of(payment));
    }
}
