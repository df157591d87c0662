package cafe.pickup.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cafe.client.ConnectionState;
import cafe.pickup.testing.BoardStage;
import cafe.pickup.testing.Boards;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BoardScreenTest {

    private static final String PREPARING = "preparing-numbers";
    private static final String READY = "ready-numbers";

    @RegisterExtension
    final BoardStage board = new BoardStage();

    @Test
    void aNumberMovesFromPreparingToReadyAndThenLeaves() {
        board.server().replaceBoard(at(1).preparing(101, 102).build());
        board.connect();
        board.shows(() -> board.tiles(PREPARING), List.of("101", "102"));

        board.server().publish(at(2).preparing(102).ready(101).build());
        board.shows(() -> board.tiles(READY), List.of("101"));
        assertThat(board.tiles(PREPARING)).containsExactly("102");
        assertThat(board.chime().rings()).isEqualTo(1);

        board.server().publish(at(3).preparing(102).build());
        board.shows(() -> board.tiles(READY), List.of());
        assertThat(board.visible("ready-empty")).as("the empty ready column says what will happen").isTrue();
    }

    @Test
    void theHighlightGoesToTheNewestReadyNumber() {
        board.server().replaceBoard(at(1).preparing(101, 102).build());
        board.connect();
        board.server().publish(at(2).preparing(102).ready(101).build());
        board.shows(board::highlighted, "101");

        board.server().publish(at(3).ready(101)
                .readySince(102, BoardStage.MORNING.plusSeconds(30)).build());

        board.shows(board::highlighted, "102");
        assertThat(board.tiles(READY)).containsExactly("102", "101");
    }

    @Test
    void aFullColumnEndsWithAMoreTileThatCountsTheRest() {
        int[] many = java.util.stream.IntStream.rangeClosed(101, 160).toArray();
        board.server().replaceBoard(at(1).preparing(many).build());
        board.connect();

        board.shows(() -> lastTile(PREPARING).startsWith("+"), true);
        List<String> tiles = board.tiles(PREPARING);
        int hidden = Integer.parseInt(lastTile(PREPARING).substring(1));
        assertThat(tiles.size() - 1 + hidden).isEqualTo(60);
        assertThat(tiles.get(0)).isEqualTo("101");
        assertThat(board.text("preparing-count")).isEqualTo("60");
    }

    @Test
    void showsWhenTheStoreIsUnreachableAndRecoversByItself() {
        board.server().replaceBoard(at(1).preparing(101).build());
        board.connect();
        board.shows(() -> board.visible("connection-status"), false);

        board.connection().set(ConnectionState.RECONNECTING);
        board.shows(() -> board.visible("connection-status"), true);
        assertThat(board.text("connection-text")).contains("Reconnecting");

        board.server().replaceBoard(at(2).ready(101).build());
        board.connection().set(ConnectionState.CONNECTED);
        board.shows(() -> board.visible("connection-status"), false);
        board.shows(() -> board.tiles(READY), List.of("101"));
    }

    /** A broker of its own is up, the store server behind it not: the empty board is not a quiet store. */
    @Test
    void showsWhenTheStoreDoesNotAnswerThoughTheLinkIsUpAndRecoversByItself() {
        board.server().replaceBoard(at(1).preparing(101).build());
        board.server().storeSilent();
        board.connect();
        board.shows(() -> board.visible("connection-status"), true);
        assertThat(board.text("connection-text")).contains("Store not answering");

        board.server().failQueries(false);
        board.clock().advance(Duration.ofSeconds(5));
        board.shows(() -> board.visible("connection-status"), false);
        board.shows(() -> board.tiles(PREPARING), List.of("101"));
    }

    @Test
    void anUncollectedNumberLeavesAfterTenMinutes() {
        board.server().replaceBoard(at(1).ready(101).preparing(102).build());
        board.connect();
        board.shows(() -> board.tiles(READY), List.of("101"));

        board.clock().advance(Duration.ofMinutes(10));

        board.shows(() -> board.tiles(READY), List.of());
        assertThat(board.tiles(PREPARING)).containsExactly("102");
    }

    @Test
    void aSmallerWindowShowsTheWholeBoardScaledDown() {
        board.resize(1280, 720);

        board.shows(() -> {
            Bounds[] drawn = board.boardInScene();
            return drawn[1].getWidth() == 1280 && drawn[1].contains(drawn[0]);
        }, true);
        Bounds[] drawn = board.boardInScene();
        assertThat(drawn[0].getWidth()).as("the board fills the window's width").isCloseTo(1280, within(1.0));
    }

    private String lastTile(String column) {
        List<String> tiles = board.tiles(column);
        return tiles.isEmpty() ? "" : tiles.get(tiles.size() - 1);
    }

    private Boards at(long version) {
        return Boards.version(version, board.clock().instant());
    }
}
