package cafe.client.jms;

import cafe.contract.board.BoardMove;
import cafe.contract.board.PickupBoard;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A display's copy of the pickup board, kept from the moves the store publishes: each move that
 * follows the board's version is applied and the whole board handed to the listener. A move that
 * does not follow (the first one, or one after a missed move) is held and the whole board read
 * again; the held moves newer than the read are then applied on top of it. Moves and reads may
 * arrive on different threads.
 */
final class FollowedBoard implements Consumer<BoardMove> {

    private static final Logger log = LoggerFactory.getLogger(FollowedBoard.class);
    /** Held moves beyond this mean reads keep failing; the oldest are dropped (a read replaces them). */
    private static final int MOST_HELD = 1_000;

    private final Supplier<CompletableFuture<PickupBoard>> read;
    private final Consumer<PickupBoard> listener;
    private final NavigableMap<Long, BoardMove> held = new TreeMap<>();
    private PickupBoard board;
    private boolean reading;
    private boolean stopped;

    FollowedBoard(Supplier<CompletableFuture<PickupBoard>> read, Consumer<PickupBoard> listener) {
        this.read = read;
        this.listener = listener;
    }

    @Override
    public synchronized void accept(BoardMove move) {
        if (board != null && move.version() <= board.version()) {
            return;
        }
        held.put(move.version(), move);
        if (held.size() > MOST_HELD) {
            held.pollFirstEntry();
        }
        PickupBoard before = board;
        applyHeld();
        tellIfChanged(before);
        if (!held.isEmpty()) {
            readAgain();
        }
    }

    /**
     * A whole board the display read itself replaces the copy, even an older one: a store restored
     * from a backup counts lower. Held moves beyond it are applied on top.
     */
    synchronized void adopt(PickupBoard read) {
        board = read;
        held.headMap(read.version(), true).clear();
        applyHeld();
        tellIfChanged(read);
    }

    /** The listener hears nothing more, even from a read under way. */
    synchronized void stop() {
        stopped = true;
    }

    /** Applies the held moves that follow the board, in order. */
    private void applyHeld() {
        while (board != null && !held.isEmpty() && board.isFollowedBy(held.firstEntry().getValue())) {
            board = board.after(held.pollFirstEntry().getValue());
        }
    }

    private void readAgain() {
        if (!reading) {
            reading = true;
            read.get().whenComplete(this::readDone);
        }
    }

    private synchronized void readDone(PickupBoard read, Throwable failure) {
        reading = false;
        if (failure != null) {
            // the next move asks again; until then the display shows what it had
            log.warn("the pickup board could not be read again: {}", failure.toString());
            return;
        }
        PickupBoard before = board;
        boolean advanced = before == null || read.version() > before.version();
        if (advanced) {
            board = read;
            held.headMap(read.version(), true).clear();
        }
        applyHeld();
        tellIfChanged(before);
        if (!held.isEmpty()) {
            // a move went missing after the read's version: one more read has it, unless the held
            // moves belong to a store that counts lower now (restored), which the display's own reads mend
            if (advanced) {
                readAgain();
            } else {
                held.clear();
            }
        }
    }

    private void tellIfChanged(PickupBoard before) {
        if (stopped || board == before) {
            return;
        }
        try {
            listener.accept(board);
        } catch (RuntimeException e) {
            log.error("board listener failed at version {}; it keeps receiving", board.version(), e);
        }
    }
}
