package cafe.core.events;

import cafe.contract.LocalizedText;
import java.util.List;

/** One line of a paid order with what the bar needs to make it and to estimate the wait. */
public record PaidLine(String itemId, LocalizedText name, List<LocalizedText> options, int quantity,
                       int prepSeconds) {

    public PaidLine {
        options = List.copyOf(options);
    }
}
