package cafe.contract.barista;

import java.util.List;

/**
 * The bar's whole state, for a console that starts or reconnects: the tickets still to make or
 * hand over (oldest first), and the recently bumped ones that can still be recalled (newest first).
 */
public record BarQueue(List<Ticket> active, List<Ticket> recallable) {

    public BarQueue {
        active = List.copyOf(active);
        recallable = List.copyOf(recallable);
    }
}
