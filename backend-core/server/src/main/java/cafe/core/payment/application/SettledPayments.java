package cafe.core.payment.application;

import cafe.core.payment.domain.Payment;
import java.time.Instant;
import java.util.List;

/** Payments by when the card network settled them, for the day's totals. Used inside a transaction. */
public interface SettledPayments {

    /** Payments settled within [from, to), whatever happened to them since. */
    List<Payment> settledBetween(Instant from, Instant to);
}
