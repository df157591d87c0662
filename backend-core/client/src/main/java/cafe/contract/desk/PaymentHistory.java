package cafe.contract.desk;

import java.util.List;

/** Payment's part of an order's history: every attempt, first to last (none for an order never paid for). */
public record PaymentHistory(String orderId, List<PaymentRecord> attempts) {

    public PaymentHistory {
        attempts = List.copyOf(attempts);
    }
}
