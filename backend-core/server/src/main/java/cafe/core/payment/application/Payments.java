package cafe.core.payment.application;

import cafe.core.payment.domain.Payment;
import java.util.List;
import java.util.Optional;

/** The payment context's store of settled payments, used inside a transaction. */
public interface Payments {

    /** The payment of one attempt at paying an order (pending or settled), if that attempt was made. */
    Optional<Payment> find(String orderId, int attempt);

    /** The payment that took the order's money (approved or since refunded), if any. */
    Optional<Payment> chargedFor(String orderId);

    /** Declined payments whose charge the card network may still hold approved, oldest first. */
    List<Payment> owingVoids(int limit);

    /** Charged payments of cancelled orders whose refund the card network has not taken yet, oldest first. */
    List<Payment> owingRefunds(int limit);

    /** Stores a new payment or the new state of a stored one. */
    void save(Payment payment);

    /** Every attempt at paying the order, first to last. */
    List<Payment> attempts(String orderId);
}
