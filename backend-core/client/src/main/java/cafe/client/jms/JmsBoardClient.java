package cafe.client.jms;

import cafe.client.BoardClient;
import cafe.client.Subscription;
import cafe.contract.board.BoardMove;
import cafe.contract.board.PickupBoard;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Selectors;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The pickup display's calls: read the board, follow its changes. The store publishes each change
 * as one number's move; every listener gets the whole board, kept up to date from them
 * ({@link FollowedBoard}).
 */
final class JmsBoardClient implements BoardClient {

    private final Requests requests;
    private final EventFeeds feeds;
    private final Set<FollowedBoard> followed = ConcurrentHashMap.newKeySet();

    JmsBoardClient(Requests requests, EventFeeds feeds) {
        this.requests = requests;
        this.feeds = feeds;
    }

    @Override
    public CompletableFuture<PickupBoard> pickupBoard() {
        return read().thenApply(board -> {
            followed.forEach(copy -> copy.adopt(board));
            return board;
        });
    }

    @Override
    public Subscription onBoardChanged(Consumer<PickupBoard> listener) {
        FollowedBoard board = new FollowedBoard(this::read, listener);
        followed.add(board);
        Subscription moves = feeds.subscribe(Addresses.BOARD_EVENTS, Selectors.typeIs(MessageTypes.BOARD_MOVED),
                BoardMove.class, board);
        return () -> {
            moves.close();
            board.stop();
            followed.remove(board);
        };
    }

    private CompletableFuture<PickupBoard> read() {
        return requests.query(Addresses.BOARD_QUERIES, MessageTypes.GET_PICKUP_BOARD, PickupBoard.class);
    }
}
