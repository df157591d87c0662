package cafe.client.jms;

import static cafe.client.ConnectionState.CONNECTED;
import static cafe.client.ConnectionState.CONNECTING;
import static cafe.client.ConnectionState.RECONNECTING;
import static cafe.client.jms.TerminalProbe.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.TerminalConfig;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Role;
import cafe.core.server.RunningStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ReconnectTest {

    private static final Logger log = LoggerFactory.getLogger(ReconnectTest.class);
    /** Long, so a call that fails sooner failed because the link was lost, not by time-out. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    @Test
    void aRestartedServerIsFoundAgainAndEventsFlowAsBefore() throws Exception {
        try (StubServer server = StubServer.start(home);
             CafeConnection connection = CafeClients.connect(server.terminal(REQUEST_TIMEOUT));
             TerminalProbe probe = new TerminalProbe(connection)) {
            List<PickupBoard> boards = new CopyOnWriteArrayList<>();
            connection.board().onBoardChanged(boards::add);
            probe.awaitState(CONNECTED);
            CompletableFuture<?> unanswered = connection.board().pickupBoard();

            long stoppedAt = System.nanoTime();
            server.stop();

            probe.awaitState(RECONNECTING);
            log.info("server stop noticed after {} ms", (System.nanoTime() - stoppedAt) / 1_000_000);
            assertThat(failureOf(unanswered).code()).isEqualTo(ErrorCode.NOT_CONNECTED);
            assertThat(failureOf(connection.board().pickupBoard()).code()).isEqualTo(ErrorCode.NOT_CONNECTED);

            long restartedAt = System.nanoTime();
            server.restart();
            server.store().answerOk(MessageTypes.GET_PICKUP_BOARD, Samples.board(1, "o-1"));

            probe.awaitState(CONNECTED);
            log.info("reconnected {} ms after the restart", (System.nanoTime() - restartedAt) / 1_000_000);
            assertThat(probe.states()).containsExactly(CONNECTING, CONNECTED, RECONNECTING, CONNECTED);
            assertThat(connection.board().pickupBoard().join()).isEqualTo(Samples.board(1, "o-1"));
            server.store().publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, "o-2", Samples.ready(2, "o-2"));
            await().atMost(TerminalProbe.PATIENCE).until(() -> boards.stream().anyMatch(board -> board.version() == 2));
            assertThat(boards.get(boards.size() - 1).ready()).extracting(BoardNumber::orderId)
                    .containsExactly("o-1", "o-2");
        }
    }

    @Test
    void aTerminalStartedBeforeItsServerConnectsWhenTheServerComes() throws Exception {
        try (TestBroker broker = TestBroker.notYetStarted(home);
             CafeConnection connection = CafeClients.connect(
                     new TerminalConfig(broker.url(), "barista", "pw", REQUEST_TIMEOUT));
             TerminalProbe probe = new TerminalProbe(connection)) {
            List<PickupBoard> boards = new CopyOnWriteArrayList<>();
            connection.board().onBoardChanged(boards::add);
            await().atMost(TerminalProbe.PATIENCE).until(() -> probe.last() == CONNECTING);

            broker.start();

            probe.awaitState(CONNECTED);
            assertThat(probe.states()).containsExactly(CONNECTING, CONNECTED);
            try (StubStore store = StubStore.start(broker.url())) {
                store.answerOk(MessageTypes.GET_PICKUP_BOARD, Samples.board(1, "o-1"));
                connection.board().pickupBoard().join();
                store.publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, "o-5", Samples.ready(2, "o-5"));
                await().atMost(TerminalProbe.PATIENCE).until(() -> boards.stream().anyMatch(board -> board.version() == 2));
            }
        }
    }

    @Test
    void aServerThatFallsSilentIsNoticedWithinSecondsAndFoundAgain() throws Exception {
        try (StubServer server = StubServer.start(home); SilentLine line = SilentLine.to(server.broker().url())) {
            TerminalConfig overTheLine = new TerminalConfig(line.url(), "kiosk", "pw", REQUEST_TIMEOUT);
            try (CafeConnection connection = CafeClients.connect(overTheLine);
                 TerminalProbe probe = new TerminalProbe(connection)) {
                probe.awaitState(CONNECTED);

                long silentAt = System.nanoTime();
                line.goSilent();

                probe.awaitState(RECONNECTING);
                Duration noticed = Duration.ofNanos(System.nanoTime() - silentAt);
                log.info("silent server noticed after {} ms", noticed.toMillis());
                // the client checks for data every connection TTL (3 s), so a silence is seen in 3-6 s
                assertThat(noticed).isLessThan(Duration.ofSeconds(8));

                line.speakAgain();
                probe.awaitState(CONNECTED);
                server.store().answerOk(MessageTypes.GET_PICKUP_BOARD, Samples.board(3, "o-3"));
                assertThat(connection.board().pickupBoard().join()).isEqualTo(Samples.board(3, "o-3"));
            }
        }
    }

    @Test
    void aTerminalInTheStoreServersOwnProcessFindsTheRealServerAgainAfterARestart() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(home);
             CafeConnection connection = CafeClients.connect(store.server().terminalConfig(Role.DISPLAY));
             TerminalProbe probe = new TerminalProbe(connection)) {
            probe.awaitState(CONNECTED);
            PickupBoard before = connection.board().pickupBoard().join();

            store.stop();
            probe.awaitState(RECONNECTING);
            store.start();

            probe.awaitState(CONNECTED);
            assertThat(probe.states()).containsExactly(CONNECTING, CONNECTED, RECONNECTING, CONNECTED);
            assertThat(connection.board().pickupBoard().join()).isEqualTo(before);
        }
    }
}
