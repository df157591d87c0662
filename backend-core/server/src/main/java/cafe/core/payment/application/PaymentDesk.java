package cafe.core.payment.application;

import cafe.contract.desk.OrderRef;
import cafe.contract.desk.PaymentHistory;
import cafe.contract.desk.PaymentRecord;
import cafe.core.payment.domain.CardSummary;
import cafe.core.payment.domain.Payment;
import cafe.core.shared.Staff;
import cafe.core.shared.Transactions;
import java.util.Optional;

/** Payment's part of the back office's order desk: every attempt at paying an order, with its refund. */
public final class PaymentDesk {

    private final Payments payments;
    private final Transactions transactions;

    public PaymentDesk(Payments payments, Transactions transactions) {
        this.payments = payments;
        this.transactions = transactions;
    }

    public PaymentHistory history(OrderRef ref, Staff staff) {
        String orderId = ref.orderId();
        return transactions.inTransaction(() -> new PaymentHistory(orderId,
                payments.attempts(orderId).stream().map(PaymentDesk::record).toList()));
    }

    private static PaymentRecord record(Payment payment) {
        Optional<CardSummary> card = Optional.ofNullable(payment.card());
        return new PaymentRecord(payment.attempt(), payment.amountWon(), card.map(CardSummary::brand).orElse(null),
                card.map(CardSummary::last4).orElse(null), payment.status().name(), payment.authorizationCode(),
                payment.declineCode(), payment.declineMessage(), payment.settledAt(), payment.refundId(),
                payment.refundedAt());
    }
}
