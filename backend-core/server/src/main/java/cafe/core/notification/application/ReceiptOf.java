package cafe.core.notification.application;

import cafe.contract.receipt.ReceiptLine;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaidWith;
import cafe.core.notification.domain.Receipt;
import java.util.Optional;

/** The receipt an OrderPaid event carries (none in events written before receipts existed). */
final class ReceiptOf {

    private ReceiptOf() {
    }

    static Optional<Receipt> paid(OrderPaid paid) {
        PaidWith with = paid.paidWith();
        if (with == null || paid.paidAt() == null) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(paid.orderId(), paid.orderNumber(), paid.paidAt(), paid.lines().stream()
                .map(line -> new ReceiptLine(line.name(), line.options(), line.quantity(), line.lineTotalWon()))
                .toList(), with.totalWon(), with.cardBrand(), with.cardLast4(), with.approvalCode()));
    }
}
