package cafe.core.notification.application;

import cafe.core.notification.domain.Board;
import java.time.Instant;

/** Where the pickup board is kept between changes, used inside a transaction. */
public interface PickupBoards {

    /**
     * The board to follow news of one order: its version, its shown numbers and that order's entry
     * even if gone but not yet forgotten (so that late news of a collected order cannot bring it
     * back). Numbers gone long ago are not read: a busy day leaves thousands.
     */
    Board loadFor(String orderId);

    /** The board with its version and the numbers it shows. */
    Board shown();

    /** Stores the board's version and its changed entries. */
    void save(Board board);

    /** Forgets the numbers that left the board before {@code cutoff}. */
    void forgetGoneBefore(Instant cutoff);
}
