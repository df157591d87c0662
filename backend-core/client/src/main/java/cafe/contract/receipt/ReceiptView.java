package cafe.contract.receipt;

import java.time.Instant;
import java.util.List;

/**
 * A paid order's receipt as the store keeps it: the lines, the VAT-inclusive total and the VAT in
 * it, the card (brand and last four only), the approval code, and {@code printed}, the receipt as a
 * receipt printer prints it (fixed-width lines), with what staff did with it.
 */
public record ReceiptView(String orderId, int orderNumber, Instant paidAt, List<ReceiptLine> lines,
                          long totalWon, long vatWon, String cardBrand, String cardLast4, String approvalCode,
                          List<String> printed, List<ReceiptAction> history) {

    public ReceiptView {
        lines = List.copyOf(lines);
        printed = List.copyOf(printed);
        history = List.copyOf(history);
    }
}
