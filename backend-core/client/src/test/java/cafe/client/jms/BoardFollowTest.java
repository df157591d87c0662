package cafe.client.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.contract.board.BoardMove;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A display's listener gets the whole board after each move, and a missed move is made good by reading it. */
class BoardFollowTest {

    private static final Instant AT = Instant.parse("2025-03-01T01:00:00Z");

    @TempDir
    Path home;
    private StubServer server;
    private CafeConnection connection;
    private final List<PickupBoard> shown = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() {
        server = StubServer.start(home);
        server.store().answerOk(MessageTypes.GET_PICKUP_BOARD, board(3, number("o-1", 101, 0)));
        server.store().answerOk(MessageTypes.GET_MENU, Samples.menu(1));
        connection = CafeClients.connect(server.terminal(Duration.ofSeconds(5)));
        try (TerminalProbe probe = new TerminalProbe(connection)) {
            probe.awaitState(ConnectionState.CONNECTED);
        }
        connection.board().onBoardChanged(shown::add);
        connection.kiosk().menu().join();
    }

    @AfterEach
    void disconnect() {
        connection.close();
        server.close();
    }

    @Test
    void eachMoveAfterTheBoardReadGivesTheWholeBoardInOrder() {
        connection.board().pickupBoard().join();

        publish(new BoardMove(4, number("o-2", 102, 5), BoardMove.Place.PREPARING));
        publish(new BoardMove(5, number("o-1", 101, 9), BoardMove.Place.READY));
        publish(new BoardMove(6, number("o-3", 103, 2), BoardMove.Place.PREPARING));
        publish(new BoardMove(7, number("o-2", 102, 12), BoardMove.Place.GONE));

        await().atMost(TerminalProbe.PATIENCE).until(() -> shown.size() == 4);
        assertThat(shown).extracting(PickupBoard::version).containsExactly(4L, 5L, 6L, 7L);
        assertThat(shown.get(2)).isEqualTo(new PickupBoard(6, List.of(number("o-3", 103, 2), number("o-2", 102, 5)),
                List.of(number("o-1", 101, 9))));
        assertThat(shown.get(3)).isEqualTo(new PickupBoard(7, List.of(number("o-3", 103, 2)),
                List.of(number("o-1", 101, 9))));
    }

    @Test
    void aDisplayThatMissedMovesReadsTheBoardAgainAndCarriesOnFromIt() {
        connection.board().pickupBoard().join();
        server.store().answerOk(MessageTypes.GET_PICKUP_BOARD,
                board(8, number("o-1", 101, 0), number("o-4", 104, 6)));

        publish(new BoardMove(9, number("o-5", 105, 7), BoardMove.Place.PREPARING));

        await().atMost(TerminalProbe.PATIENCE).until(() -> !shown.isEmpty());
        assertThat(shown).containsExactly(board(9, number("o-1", 101, 0), number("o-4", 104, 6),
                number("o-5", 105, 7)));
    }

    @Test
    void aRepeatedOrOlderMoveChangesNothing() {
        connection.board().pickupBoard().join();
        publish(new BoardMove(4, number("o-2", 102, 5), BoardMove.Place.PREPARING));
        await().atMost(TerminalProbe.PATIENCE).until(() -> shown.size() == 1);

        publish(new BoardMove(4, number("o-2", 102, 5), BoardMove.Place.PREPARING));
        publish(new BoardMove(3, number("o-9", 109, 5), BoardMove.Place.READY));
        publish(new BoardMove(5, number("o-2", 102, 8), BoardMove.Place.READY));

        await().atMost(TerminalProbe.PATIENCE).until(() -> shown.size() == 2);
        assertThat(shown.get(1)).isEqualTo(new PickupBoard(5, List.of(number("o-1", 101, 0)),
                List.of(number("o-2", 102, 8))));
    }

    private void publish(BoardMove move) {
        server.store().publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, move.number().orderId(), move);
    }

    private static PickupBoard board(long version, BoardNumber... preparing) {
        return new PickupBoard(version, List.of(preparing), List.of());
    }

    private static BoardNumber number(String orderId, int number, int secondsAfter) {
        return new BoardNumber(orderId, number, AT.plusSeconds(secondsAfter));
    }
}
