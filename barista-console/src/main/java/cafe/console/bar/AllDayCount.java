package cafe.console.bar;

import cafe.contract.LocalizedText;
import java.util.List;

/** How many of one drink, made one way, are waiting across every ticket: the bar batches by it. */
public record AllDayCount(LocalizedText name, List<LocalizedText> options, int count) {

    public AllDayCount {
        options = List.copyOf(options);
    }
}
