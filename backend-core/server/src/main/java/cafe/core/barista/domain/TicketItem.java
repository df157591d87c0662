package cafe.core.barista.domain;

import cafe.contract.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * One line of a ticket: a drink with its options, how many, how long one usually takes to make
 * (for the wait estimate) and whether the barista has checked it off.
 */
public record TicketItem(int index, String itemId, LocalizedText name, List<LocalizedText> options, int quantity,
                         int prepSeconds, boolean done) {

    public TicketItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
    }

    public TicketItem withDone(boolean nowDone) {
        return new TicketItem(index, itemId, name, options, quantity, prepSeconds, nowDone);
    }

    /** The bar's usual time for this whole line, or nothing once it is checked off. */
    public long remainingPrepSeconds() {
        return done ? 0 : (long) quantity * prepSeconds;
    }
}
