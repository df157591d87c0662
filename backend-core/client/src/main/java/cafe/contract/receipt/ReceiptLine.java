package cafe.contract.receipt;

import cafe.contract.LocalizedText;
import java.util.List;

/** One line of a receipt: the item, the options picked, how many and the line's price. */
public record ReceiptLine(LocalizedText name, List<LocalizedText> options, int quantity, long lineTotalWon) {

    public ReceiptLine {
        options = List.copyOf(options);
    }
}
