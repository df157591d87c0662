package cafe.core.notification.application;

import cafe.core.notification.domain.Board;
import java.time.Instant;

/** Where the pickup board is kept between changes, used inside a transaction. */
public interface PickupBoards {

    /**
     * The board with its version, its shown numbers and the numbers gone but not yet forgotten
     * (so that late news of a collected order cannot bring it back).
     */
    Board load();

    /** Stores the board's version and its changed entries. */
    void save(Board board);

    /** Forgets the numbers that left the board before {@code cutoff}. */
    void forgetGoneBefore(Instant cutoff);
}
