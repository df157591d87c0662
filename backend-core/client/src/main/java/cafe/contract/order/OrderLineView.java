package cafe.contract.order;

import cafe.contract.LocalizedText;
import java.util.List;

/** A priced order line as the server stored it. */
public record OrderLineView(String itemId, LocalizedText name, List<LocalizedText> options, int quantity,
                            long unitPriceWon, long lineTotalWon) {

    public OrderLineView {
        options = List.copyOf(options);
    }
}
