package cafe.contract.barista;

import java.util.List;

/**
 * The bar's whole state, for a console that starts or reconnects: the tickets still to make or
 * hand over (oldest first), the recently bumped ones that can still be recalled (newest first), and
 * the business day's tickets cancelled after a barista started them, so that a console which had
 * one in hand while it was offline still warns not to hand the drink over (absent from an older
 * server: none).
 */
public record BarQueue(List<Ticket> active, List<Ticket> recallable, List<Ticket> stoppedInHand) {

    public BarQueue {
        active = List.copyOf(active);
        recallable = List.copyOf(recallable);
        stoppedInHand = stoppedInHand == null ? List.of() : List.copyOf(stoppedInHand);
    }
}
