package cafe.contract.board;

import java.util.Objects;

/**
 * One number's move on the pickup board, published on {@code cafe.board.events} after each change
 * people can see: the board's version after the move, the number (with since when it stands where
 * it went) and where it went. A move applies to the board of the version just before it; a display
 * that holds another version missed a move and reads the whole board again.
 */
public record BoardMove(long version, BoardNumber number, Place to) {

    /** Where a number can stand; a GONE number leaves the board. */
    public enum Place { PREPARING, READY, GONE }

    public BoardMove {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(to, "to");
    }
}
