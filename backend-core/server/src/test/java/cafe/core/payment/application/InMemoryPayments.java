package cafe.core.payment.application;

import cafe.core.payment.domain.Payment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Payments kept in a list, for application tests. */
class InMemoryPayments implements Payments {

    private final List<Payment> payments = new ArrayList<>();

    @Override
    public Optional<Payment> find(String orderId, int attempt) {
        return payments.stream().filter(p -> p.orderId().equals(orderId) && p.attempt() == attempt).findFirst();
    }

    @Override
    public Optional<Payment> chargedFor(String orderId) {
        return payments.stream().filter(p -> p.orderId().equals(orderId) && p.status().charged()).findFirst();
    }

    @Override
    public List<Payment> owingVoids(int limit) {
        return payments.stream().filter(Payment::voidDue).limit(limit).toList();
    }

    @Override
    public List<Payment> owingRefunds(int limit) {
        return payments.stream().filter(Payment::refundDue).limit(limit).toList();
    }

    @Override
    public void save(Payment payment) {
        payments.removeIf(p -> p.paymentId().equals(payment.paymentId()));
        payments.add(payment);
    }

    @Override
    public List<Payment> attempts(String orderId) {
        return payments.stream().filter(p -> p.orderId().equals(orderId))
                .sorted(java.util.Comparator.comparingInt(Payment::attempt)).toList();
    }

    List<Payment> all() {
        return List.copyOf(payments);
    }
}
