package cafe.client;

import cafe.contract.board.PickupBoard;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What a pickup display may do: read the board and follow its changes. */
public interface BoardClient {

    CompletableFuture<PickupBoard> pickupBoard();

    Subscription onBoardChanged(Consumer<PickupBoard> listener);
}
