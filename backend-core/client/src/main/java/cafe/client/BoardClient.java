package cafe.client;

import cafe.contract.board.PickupBoard;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What a pickup display may do: read the board and follow its changes. */
public interface BoardClient {

    CompletableFuture<PickupBoard> pickupBoard();

    /**
     * The whole board after each change, in version order. The store sends each change as one
     * number's move; the first, or one after a missed move, makes the client read the board again.
     */
    Subscription onBoardChanged(Consumer<PickupBoard> listener);
}
