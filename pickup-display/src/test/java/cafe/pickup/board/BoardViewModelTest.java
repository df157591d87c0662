package cafe.pickup.board;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.ConnectionState;
import cafe.contract.board.PickupBoard;
import cafe.pickup.testing.Boards;
import cafe.pickup.testing.FakeBoardClient;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.RecordingChime;
import cafe.terminal.testing.ScriptedConnection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoardViewModelTest {

    private static final Instant MORNING = Instant.parse("2025-03-14T09:00:00Z");

    private final MutableClock clock = MutableClock.at(MORNING);
    private final RecordingChime chime = new RecordingChime();
    private final FakeBoardClient server = new FakeBoardClient();
    private final ScriptedConnection connection = ScriptedConnection.ofBoard(server);
    private BoardViewModel board;

    @BeforeEach
    void openBoard() {
        board = newBoard();
    }

    @Test
    void loadsTheWholeBoardOnceConnectedAndShowsItsNumbers() {
        server.replaceBoard(at(7).preparing(104, 105).ready(101, 102).build());

        board.connect(connection);
        assertThat(labels(board.ready())).isEmpty();
        connection.set(ConnectionState.CONNECTED);

        assertThat(labels(board.preparing())).containsExactly("104", "105");
        assertThat(labels(board.ready())).containsExactly("102", "101");
        assertThat(chime.rings()).as("numbers already ready at start are not called again").isZero();
    }

    @Test
    void aNumberMovesFromPreparingToReadyAndLeavesWhenPickedUp() {
        connectTo(at(1).preparing(101, 102).build());

        server.publish(at(2).preparing(102).ready(101).build());
        assertThat(labels(board.preparing())).containsExactly("102");
        assertThat(labels(board.ready())).containsExactly("101");

        server.publish(at(3).preparing(102).build());
        assertThat(labels(board.preparing())).containsExactly("102");
        assertThat(labels(board.ready())).isEmpty();
    }

    @Test
    void theNewestReadyNumberIsHighlightedShownFirstAndCalledWithOneChime() {
        connectTo(at(1).preparing(101, 102, 103).build());

        server.publish(Boards.version(2, MORNING).preparing(102, 103).ready(101).build());
        server.publish(Boards.version(3, MORNING).preparing(103)
                .ready(101).readySince(102, MORNING.plusSeconds(40)).build());

        assertThat(labels(board.ready())).containsExactly("102", "101");
        assertThat(board.ready().shown()).extracting(ShownNumber::newest).containsExactly(true, false);
        assertThat(board.announcementProperty().get().orderNumber()).isEqualTo(102);
        assertThat(chime.rings()).isEqualTo(2);
    }

    @Test
    void dropsDuplicateAndOutOfOrderSnapshots() {
        connectTo(at(5).preparing(101).build());
        PickupBoard ready = at(6).ready(101).build();

        server.publish(ready);
        server.deliver(ready);
        server.deliver(at(4).preparing(101, 102).build());
        server.deliver(at(5).preparing(101).build());

        assertThat(labels(board.preparing())).isEmpty();
        assertThat(labels(board.ready())).containsExactly("101");
        assertThat(chime.rings()).as("a repeated snapshot does not call the number twice").isEqualTo(1);
    }

    @Test
    void aReloadAfterReconnectReplacesTheBoardEvenWhenTheServerComesBackWithAnOlderVersion() {
        connectTo(at(40).preparing(101).ready(99).build());

        connection.set(ConnectionState.RECONNECTING);
        server.replaceBoard(at(12).preparing(201).build());
        connection.set(ConnectionState.CONNECTED);

        assertThat(labels(board.preparing())).containsExactly("201");
        assertThat(labels(board.ready())).isEmpty();
        server.publish(at(13).ready(201).build());
        assertThat(labels(board.ready())).containsExactly("201");
    }

    @Test
    void aReloadAnswerOlderThanAnEventThatCameMeanwhileIsDropped() {
        connectTo(at(1).preparing(101).build());
        server.holdAnswers();

        connection.set(ConnectionState.RECONNECTING);
        connection.set(ConnectionState.CONNECTED);
        server.publish(at(3).ready(101).build());
        server.answerHeld(at(2).preparing(101).build());

        assertThat(labels(board.ready())).containsExactly("101");
        assertThat(labels(board.preparing())).isEmpty();
    }

    @Test
    void anUncollectedReadyNumberLeavesAfterTheTimeOutAndStaysGone() {
        connectTo(at(1).preparing(102).build());
        server.publish(at(2).preparing(102).ready(101).build());

        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        board.tick();
        assertThat(labels(board.ready())).containsExactly("101");

        clock.advance(Duration.ofSeconds(1));
        board.tick();
        assertThat(labels(board.ready())).isEmpty();
        assertThat(labels(board.preparing())).as("preparing numbers do not time out").containsExactly("102");

        server.publish(at(3).preparing(103).readySince(101, MORNING).build());
        assertThat(labels(board.ready())).isEmpty();
        assertThat(chime.rings()).isEqualTo(1);
    }

    @Test
    void aReadyNumberIsTimedByTheServersClockOnADisplayWhoseClockIsAhead() {
        assertTimedOutAfterTenMinutesOfTheServersClock(Duration.ofMinutes(15));
    }

    @Test
    void aReadyNumberIsTimedByTheServersClockOnADisplayWhoseClockIsBehind() {
        assertTimedOutAfterTenMinutesOfTheServersClock(Duration.ofMinutes(-15));
    }

    private void assertTimedOutAfterTenMinutesOfTheServersClock(Duration displayOff) {
        readyOnADisplayOff(displayOff);
        assertThat(labels(board.ready())).as("called").containsExactly("101");

        assertShownFor(Duration.ofMinutes(10));
    }

    @ParameterizedTest(name = "a display clock {0} min off")
    @ValueSource(ints = {-15, 15})
    void aReadyNumberStaysItsTenMinutesOnADisplayWhoseClockIsSetRight(int minutesOff) {
        Duration displayOff = Duration.ofMinutes(minutesOff);
        readyOnADisplayOff(displayOff);
        clock.advance(Duration.ofMinutes(2));

        clock.step(displayOff.negated());

        assertShownFor(Duration.ofMinutes(8));
    }

    /** Number 101 called at MORNING by the server's clock, on a display whose clock is this far off. */
    private void readyOnADisplayOff(Duration displayOff) {
        clock.set(MORNING.plus(displayOff));
        connectTo(at(1).preparing(101).build());
        server.publish(Boards.version(2, MORNING).readySince(101, MORNING).build());
    }

    /** Number 101 stays on the board this much longer, and not a second more. */
    private void assertShownFor(Duration left) {
        clock.advance(left.minusSeconds(1));
        board.tick();
        assertThat(labels(board.ready())).containsExactly("101");
        clock.advance(Duration.ofSeconds(1));
        board.tick();
        assertThat(labels(board.ready())).as("gone after 10 minutes").isEmpty();
    }

    @Test
    void theNextNewestReadyNumberIsHighlightedOnceTheNewestIsCollected() {
        connectTo(at(1).readySince(101, MORNING).readySince(102, MORNING.plusSeconds(5)).build());

        server.publish(at(2).readySince(101, MORNING).build());

        assertThat(board.ready().shown()).containsExactly(new ShownNumber("order-101", 101, true));
    }

    @Test
    void showsWhatFitsAndCountsTheRestAsMore() {
        connectTo(at(1).preparing(101, 102, 103, 104, 105, 106, 107, 108).build());

        board.preparing().capacityProperty().set(5);

        assertThat(labels(board.preparing())).containsExactly("101", "102", "103", "104");
        assertThat(board.preparing().overflowProperty().get()).isEqualTo(4);
        assertThat(board.preparing().countProperty().get()).isEqualTo(8);

        board.preparing().capacityProperty().set(8);
        assertThat(labels(board.preparing())).hasSize(8);
        assertThat(board.preparing().overflowProperty().get()).isZero();
    }

    @Test
    void showsTheConnectionStateAndReloadsWhenItIsBack() {
        connectTo(at(1).preparing(101).build());
        assertThat(board.connectedProperty().get()).isTrue();

        connection.set(ConnectionState.RECONNECTING);
        assertThat(board.connectedProperty().get()).isFalse();
        assertThat(board.connectionStateProperty().get()).isEqualTo(ConnectionState.RECONNECTING);

        server.replaceBoard(at(2).ready(101).build());
        connection.set(ConnectionState.CONNECTED);
        assertThat(board.connectedProperty().get()).isTrue();
        assertThat(labels(board.ready())).containsExactly("101");
        assertThat(chime.rings()).as("a number that became ready while away is called").isEqualTo(1);
    }

    @Test
    void retriesAFailedLoadAfterAFewSeconds() {
        server.replaceBoard(at(1).preparing(101).build());
        server.failQueries(true);
        connectTo(null);
        assertThat(labels(board.preparing())).isEmpty();
        assertThat(board.answeringProperty().get()).as("the link's failure, not the store's").isTrue();

        server.failQueries(false);
        clock.advance(Duration.ofSeconds(4));
        board.tick();
        assertThat(labels(board.preparing())).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        board.tick();
        assertThat(labels(board.preparing())).containsExactly("101");
    }

    @Test
    void aStoreThatDoesNotAnswerThoughTheLinkIsUpIsToldUntilAReadingSucceeds() {
        server.replaceBoard(at(1).preparing(101).build());
        server.storeSilent();
        connectTo(null);
        assertThat(board.connectedProperty().get()).isTrue();
        assertThat(board.answeringProperty().get()).as("the empty board is not a quiet store").isFalse();

        connection.set(ConnectionState.RECONNECTING);
        assertThat(board.answeringProperty().get()).as("the link's own state is told").isTrue();
        connection.set(ConnectionState.CONNECTED);
        assertThat(board.answeringProperty().get()).isFalse();
        server.failQueries(false);
        clock.advance(Duration.ofSeconds(5));
        board.tick();
        assertThat(board.answeringProperty().get()).isTrue();
        assertThat(labels(board.preparing())).containsExactly("101");
    }

    @Test
    void asksAgainWhenAnAnswerNeverComes() {
        server.holdAnswers();
        connectTo(at(1).preparing(101).build());
        assertThat(server.queries()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(29));
        board.tick();
        assertThat(server.queries()).isEqualTo(1);

        assertThat(board.answeringProperty().get()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        board.tick();
        assertThat(server.queries()).as("30 s unanswered").isEqualTo(2);
        assertThat(board.answeringProperty().get()).isFalse();
        server.answerHeld(at(1).preparing(101).build());
        assertThat(labels(board.preparing())).as("the abandoned answer is ignored").isEmpty();
        server.answerHeld(at(1).preparing(101).build());
        assertThat(labels(board.preparing())).containsExactly("101");
    }

    @Test
    void rereadsTheBoardEveryMinuteToCatchAnEventThatNeverCame() {
        connectTo(at(1).preparing(101).build());
        server.replaceBoard(at(2).ready(101).build());

        clock.advance(Duration.ofMinutes(1));
        board.tick();

        assertThat(labels(board.ready())).containsExactly("101");
    }

    @Test
    void aDisplayWhoseClockIsSetBackAnHourStillRereadsTheBoardAfterAMinute() {
        connectTo(at(1).preparing(101).build());
        server.replaceBoard(at(2).ready(101).build());
        clock.step(Duration.ofHours(-1));

        clock.advance(Duration.ofMinutes(1));
        board.tick();

        assertThat(labels(board.ready())).containsExactly("101");
    }

    @Test
    void aNumberListedTwiceOrInBothColumnsIsShownOnceAsReady() {
        connectTo(at(1).preparing(101, 102, 102).ready(101, 103, 103).build());

        assertThat(labels(board.preparing())).containsExactly("102");
        assertThat(labels(board.ready())).containsExactly("103", "101");
    }

    @Test
    void aMutedBoardCallsTheNumberWithoutTheChime() {
        connectTo(at(1).preparing(101).build());
        board.toggleMuted();

        server.publish(at(2).ready(101).build());

        assertThat(board.announcementProperty().get().orderNumber()).isEqualTo(101);
        assertThat(chime.rings()).isZero();
    }

    @Test
    void twoDisplaysOnTheSameEventsShowTheSameBoard() {
        BoardViewModel secondTv = newBoard();
        connectTo(at(1).preparing(101, 102).build());
        secondTv.connect(connection);

        server.publish(at(2).preparing(102).ready(101).build());

        assertThat(labels(secondTv.preparing())).isEqualTo(labels(board.preparing())).containsExactly("102");
        assertThat(labels(secondTv.ready())).isEqualTo(labels(board.ready())).containsExactly("101");
    }

    @Test
    void closingStopsFollowingTheBoard() {
        connectTo(at(1).preparing(101).build());

        board.close();
        server.publish(at(2).ready(101).build());

        assertThat(server.listeners()).isZero();
        assertThat(labels(board.ready())).isEmpty();
    }

    @Test
    void showsTheStoreTimeOfDay() {
        board.tick();

        assertThat(board.timeOfDayProperty().get()).isEqualTo("09:00");
    }

    private BoardViewModel newBoard() {
        return new BoardViewModel(chime, clock, Runnable::run, Runnable::run,
                BoardSettings.defaults().withZone(ZoneOffset.UTC));
    }

    private void connectTo(PickupBoard current) {
        if (current != null) {
            server.replaceBoard(current);
        }
        board.connect(connection);
        connection.set(ConnectionState.CONNECTED);
    }

    private Boards at(long version) {
        return Boards.version(version, clock.instant());
    }

    private static List<String> labels(BoardColumn column) {
        return column.shown().stream().map(ShownNumber::label).toList();
    }
}
