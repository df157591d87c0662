package cafe.core.events;

import cafe.contract.LocalizedText;
import java.util.List;

/**
 * One line of a paid order with what the bar needs to make it and to estimate the wait, and what
 * the receipt shows: {@code lineTotalWon} is the line's price, options and quantity included.
 */
public record PaidLine(String itemId, LocalizedText name, List<LocalizedText> options, int quantity,
                       int prepSeconds, long lineTotalWon) {

    public PaidLine {
        options = List.copyOf(options);
    }
}
