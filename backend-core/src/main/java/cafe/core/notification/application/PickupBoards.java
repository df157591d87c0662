package cafe.core.notification.application;

import cafe.core.notification.domain.Board;
import java.time.Instant;

/** Where the pickup board is kept between changes, used inside a transaction. */
public interface PickupBoards {

    /**
     * The board with its version, its shown numbers, and the numbers gone at or after
     * {@code goneSince} (so that late news of a collected order cannot bring it back).
     */
    Board load(Instant goneSince);

    /** Stores the board's version and its changed entries; may forget numbers gone long ago. */
    void save(Board board);
}
