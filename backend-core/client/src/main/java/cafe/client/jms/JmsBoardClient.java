package cafe.client.jms;

import cafe.client.BoardClient;
import cafe.client.Subscription;
import cafe.contract.board.PickupBoard;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The pickup display's calls: read the board, follow its changes. */
final class JmsBoardClient implements BoardClient {

    private final Requests requests;
    private final EventFeeds feeds;

    JmsBoardClient(Requests requests, EventFeeds feeds) {
        this.requests = requests;
        this.feeds = feeds;
    }

    @Override
    public CompletableFuture<PickupBoard> pickupBoard() {
        return requests.query(Addresses.BOARD_QUERIES, MessageTypes.GET_PICKUP_BOARD, PickupBoard.class);
    }

    @Override
    public Subscription onBoardChanged(Consumer<PickupBoard> listener) {
        return feeds.subscribe(Addresses.BOARD_EVENTS, Selectors.typeIs(MessageTypes.BOARD_CHANGED),
                PickupBoard.class, listener);
    }
}
