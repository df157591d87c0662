package cafe.contract.board;

import java.util.List;

/**
 * What the pickup displays show: numbers being prepared and numbers ready (oldest first).
 * Published whole on {@code cafe.board.events} after each change; {@code version} grows with every
 * change so a display drops stale or repeated snapshots.
 */
public record PickupBoard(long version, List<BoardNumber> preparing, List<BoardNumber> ready) {

    public PickupBoard {
        preparing = List.copyOf(preparing);
        ready = List.copyOf(ready);
    }

    public static PickupBoard empty() {
        return new PickupBoard(0, List.of(), List.of());
    }
}
