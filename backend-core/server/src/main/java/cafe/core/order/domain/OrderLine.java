package cafe.core.order.domain;

import cafe.contract.LocalizedText;
import java.util.List;

/**
 * One priced line of an order, a snapshot of the menu at the time: later menu changes never change
 * what a customer was charged. {@code prepSeconds} is the bar's usual time for one.
 */
public record OrderLine(String itemId, LocalizedText name, List<ChosenOption> options, int quantity,
                        long unitPriceWon, int prepSeconds) {

    public OrderLine {
        options = List.copyOf(options);
    }

    public long lineTotalWon() {
        return Math.multiplyExact(unitPriceWon, quantity);
    }

    public List<LocalizedText> optionNames() {
        return options.stream().map(ChosenOption::name).toList();
    }
}
