package cafe.pickup.testing;

import cafe.client.BoardClient;
import cafe.client.CafeException;
import cafe.client.Subscription;
import cafe.contract.board.PickupBoard;
import cafe.contract.wire.ErrorCode;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A StoreServer's board as the display sees it: a current board that {@link #pickupBoard()} answers
 * with, and the changed boards the test delivers, in order or not. Answers can be held back to
 * play out races, or fail as they do while the store is unreachable.
 */
public final class FakeBoardClient implements BoardClient {

    private final List<Consumer<PickupBoard>> listeners = new CopyOnWriteArrayList<>();
    private final Queue<CompletableFuture<PickupBoard>> heldAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queries = new AtomicInteger();
    private volatile PickupBoard board = PickupBoard.empty();
    private volatile boolean holding;
    private volatile ErrorCode failing;

    @Override
    public CompletableFuture<PickupBoard> pickupBoard() {
        queries.incrementAndGet();
        if (failing != null) {
            return CompletableFuture.failedFuture(new CafeException(failing, "the store did not give the board"));
        }
        if (holding) {
            CompletableFuture<PickupBoard> answer = new CompletableFuture<>();
            heldAnswers.add(answer);
            return answer;
        }
        return CompletableFuture.completedFuture(board);
    }

    @Override
    public Subscription onBoardChanged(Consumer<PickupBoard> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The server changes its board and tells every display. */
    public void publish(PickupBoard changed) {
        board = changed;
        deliver(changed);
    }

    /** An event reaches the displays without changing the server's board: a duplicate or a late one. */
    public void deliver(PickupBoard event) {
        listeners.forEach(listener -> listener.accept(event));
    }

    /** The server's board changes with no event reaching the displays (an event lost in a restart). */
    public void replaceBoard(PickupBoard changed) {
        board = changed;
    }

    public void holdAnswers() {
        holding = true;
    }

    /** Answers the oldest held query with the given board. */
    public void answerHeld(PickupBoard answer) {
        heldAnswers.remove().complete(answer);
    }

    /** Readings fail as they do while the link is down (NOT_CONNECTED), or answer again. */
    public void failQueries(boolean fail) {
        failing = fail ? ErrorCode.NOT_CONNECTED : null;
    }

    /** Readings go unanswered (TIMEOUT) with the link up: a store server stopped behind its broker. */
    public void storeSilent() {
        failing = ErrorCode.TIMEOUT;
    }

    public int queries() {
        return queries.get();
    }

    public int listeners() {
        return listeners.size();
    }
}
