package cafe.pickup.board;

import cafe.client.ConnectionState;
import cafe.pickup.testing.BoardStage;
import cafe.pickup.testing.Boards;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the board as a customer sees it to {@code <screenshots.dir>/pickup-*.png}. */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class PickupScreenshots {

    @RegisterExtension
    final BoardStage board = new BoardStage();
    private final Path directory = Path.of(System.getProperty("screenshots.dir", "."));

    @Test
    void busyBoard() throws Exception {
        board.server().replaceBoard(lunchRush());
        board.connect();
        board.shows(board::highlighted, "131");

        board.snapshot(directory.resolve("pickup-busy.png"));
    }

    @Test
    void quietBoard() throws Exception {
        board.server().replaceBoard(Boards.version(1, BoardStage.MORNING).preparing(142)
                .readySince(141, BoardStage.MORNING.minusSeconds(20)).build());
        board.connect();
        board.shows(board::highlighted, "141");

        board.snapshot(directory.resolve("pickup-quiet.png"));
    }

    @Test
    void emptyBoardAtOpening() throws Exception {
        board.connect();
        board.shows(() -> board.visible("ready-empty"), true);

        board.snapshot(directory.resolve("pickup-empty.png"));
    }

    @Test
    void disconnected() throws Exception {
        board.server().replaceBoard(lunchRush());
        board.connect();
        board.shows(board::highlighted, "131");
        board.connection().set(ConnectionState.RECONNECTING);
        board.shows(() -> board.visible("connection-status"), true);

        board.snapshot(directory.resolve("pickup-disconnected.png"));
    }

    private static cafe.contract.board.PickupBoard lunchRush() {
        Boards rush = Boards.version(1, BoardStage.MORNING)
                .preparing(java.util.stream.IntStream.rangeClosed(132, 155).toArray());
        List.of(118, 121, 122, 124, 125, 127, 129, 131).forEach(number -> rush.readySince(number,
                BoardStage.MORNING.minusSeconds(10L * (131 - number))));
        return rush.build();
    }
}
