package cafe.core.notification.domain;

import cafe.contract.receipt.ReceiptLine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A paid order's receipt, kept from the OrderPaid event alone. Prices include 10 % VAT; the VAT
 * shown is the total less the total without it, rounded to the won: {@code total - round(total / 1.1)}.
 */
public record Receipt(String orderId, int orderNumber, Instant paidAt, List<ReceiptLine> lines, long totalWon,
                      String cardBrand, String cardLast4, String approvalCode) {

    public Receipt {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(paidAt, "paidAt");
        lines = List.copyOf(lines);
    }

    /** The price before VAT: total / 1.1 rounded half up (an eleventh is never exactly a half). */
    public long supplyWon() {
        return Math.floorDiv(20 * totalWon + 11, 22);
    }

    public long vatWon() {
        return totalWon - supplyWon();
    }
}
