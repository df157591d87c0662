package cafe.contract.barista;

import cafe.contract.LocalizedText;
import java.util.List;

/** One drink line on a ticket with its options spelled out; {@code done} once checked off. */
public record TicketLine(int index, String itemId, LocalizedText name, List<LocalizedText> options,
                         int quantity, boolean done) {

    public TicketLine {
        options = List.copyOf(options);
    }
}
