package cafe.core.payment.application;

import cafe.core.payment.domain.Payment;
import java.util.Optional;

/** The payment context's store of settled payments, used inside a transaction. */
public interface Payments {

    /** The settled payment of one attempt at paying an order, if that attempt was settled. */
    Optional<Payment> find(String orderId, int attempt);

    /** The payment that took the order's money (approved or since refunded), if any. */
    Optional<Payment> chargedFor(String orderId);

    /** Stores a new payment or the new state of a stored one. */
    void save(Payment payment);
}
