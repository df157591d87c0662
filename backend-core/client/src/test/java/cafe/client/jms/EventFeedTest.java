package cafe.client.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.Subscription;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.menu.Menu;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.WaitEstimate;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFeedTest {

    @TempDir
    static Path home;
    static StubServer server;

    private CafeConnection connection;
    private TerminalProbe probe;

    @BeforeAll
    static void startServer() {
        server = StubServer.start(home);
        server.store().answerOk(MessageTypes.GET_MENU, Samples.menu(1));
        server.store().answerOk(MessageTypes.GET_WAIT_ESTIMATE, new WaitEstimate(1, 2, 3));
        server.store().answerOk(MessageTypes.GET_PICKUP_BOARD, Samples.board(3, "o-0"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void connect() {
        connection = CafeClients.connect(server.terminal(Duration.ofSeconds(5)));
        probe = new TerminalProbe(connection);
        probe.awaitState(ConnectionState.CONNECTED);
    }

    @AfterEach
    void disconnect() {
        probe.close();
        connection.close();
    }

    @Test
    void eachListenerHearsOnlyTheEventTypesItFollows() {
        List<OrderUpdate> orders = new CopyOnWriteArrayList<>();
        List<TicketEvent> tickets = new CopyOnWriteArrayList<>();
        List<PickupBoard> boards = new CopyOnWriteArrayList<>();
        List<Menu> menus = new CopyOnWriteArrayList<>();
        connection.kiosk().onOrderUpdate(orders::add);
        connection.barista().onTicketEvent(tickets::add);
        connection.board().onBoardChanged(boards::add);
        connection.kiosk().onMenuChanged(menus::add);
        subscriptionsInPlace();

        // internal events share these addresses; the selectors keep them from the terminals
        server.store().publish(Addresses.ORDER_EVENTS, "OrderPlaced", "o-1", Map.of("orderId", "o-1"));
        server.store().publish(Addresses.ORDER_EVENTS, MessageTypes.ORDER_UPDATED, "o-1", Samples.paid("o-1"));
        server.store().publish(Addresses.BARISTA_FEED, "SomethingElse", "o-1", Map.of("orderId", "o-1"));
        server.store().publish(Addresses.BARISTA_FEED, MessageTypes.TICKET_QUEUED, "o-1",
                new TicketEvent(Samples.ticket("o-1", TicketStatus.QUEUED)));
        // the services' durable copy of the bar's events is theirs alone: a console hears the feed
        server.store().publish(Addresses.BARISTA_EVENTS, MessageTypes.TICKET_STARTED, "o-1",
                new TicketEvent(Samples.ticket("o-1", TicketStatus.IN_PREPARATION)));
        server.store().publish(Addresses.BARISTA_FEED, MessageTypes.TICKET_READY, "o-1",
                new TicketEvent(Samples.ticket("o-1", TicketStatus.READY)));
        server.store().publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, "o-1", Samples.ready(4, "o-1"));
        server.store().publish(Addresses.MENU_EVENTS, MessageTypes.MENU_CHANGED, null, Samples.menu(9));

        await().atMost(TerminalProbe.PATIENCE).untilAsserted(() -> {
            assertThat(orders).containsExactly(Samples.paid("o-1"));
            assertThat(tickets).extracting(event -> event.ticket().status())
                    .containsExactly(TicketStatus.QUEUED, TicketStatus.READY);
            assertThat(boards).singleElement().satisfies(board -> assertThat(board.ready())
                    .extracting(BoardNumber::orderId).containsExactly("o-0", "o-1"));
            assertThat(menus).containsExactly(Samples.menu(9));
        });
    }

    @Test
    void theBrokerHearsNoAcknowledgementFromATerminalForWhatItHearsOrForItsAnswers() {
        List<Long> versions = new CopyOnWriteArrayList<>();
        connection.board().onBoardChanged(board -> versions.add(board.version()));
        subscriptionsInPlace();
        connection.board().pickupBoard().join();
        // the stub store acknowledges a request once its answer has gone, maybe after the answer arrived here
        await().atMost(TerminalProbe.PATIENCE)
                .until(() -> server.broker().acknowledgements() >= server.store().received().size());
        int before = server.broker().acknowledgements();

        for (int version = 4; version <= 8; version++) {
            server.store().publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, "o-" + version,
                    Samples.ready(version, "o-" + version));
        }
        await().atMost(TerminalProbe.PATIENCE).until(() -> versions.size() == 5);
        connection.kiosk().waitEstimate().join();

        // the stub store acknowledges the request it took; the terminal, neither the moves nor the answer
        await().atMost(TerminalProbe.PATIENCE).until(() -> server.broker().acknowledgements() > before);
        assertThat(server.broker().acknowledgements() - before).isEqualTo(1);
    }

    @Test
    void aListenerThatThrowsKeepsReceiving() {
        List<Long> versions = new CopyOnWriteArrayList<>();
        connection.board().onBoardChanged(board -> {
            versions.add(board.version());
            if (board.version() == 4) {
                throw new IllegalStateException("a screen bug");
            }
        });
        subscriptionsInPlace();
        connection.board().pickupBoard().join();

        server.store().publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, "o-1", Samples.ready(4, "o-1"));
        server.store().publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, "o-2", Samples.ready(5, "o-2"));

        await().atMost(TerminalProbe.PATIENCE).untilAsserted(() -> assertThat(versions).containsExactly(4L, 5L));
    }

    @Test
    void aListenerRunsOnAClientThreadAndMayCallTheClient() {
        List<String> seen = new CopyOnWriteArrayList<>();
        connection.kiosk().onMenuChanged(menu -> {
            WaitEstimate estimate = connection.kiosk().waitEstimate().join();
            seen.add(Thread.currentThread().getName() + " waits " + estimate.minutes());
        });
        subscriptionsInPlace();

        server.store().publish(Addresses.MENU_EVENTS, MessageTypes.MENU_CHANGED, null, Samples.menu(2));

        await().atMost(TerminalProbe.PATIENCE).until(() -> !seen.isEmpty());
        assertThat(seen.get(0)).startsWith("cafe-kiosk-callback").endsWith("waits 3");
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        List<Long> kept = new CopyOnWriteArrayList<>();
        List<Long> dropped = new CopyOnWriteArrayList<>();
        connection.board().onBoardChanged(board -> kept.add(board.version()));
        Subscription leaving = connection.board().onBoardChanged(board -> dropped.add(board.version()));
        subscriptionsInPlace();
        connection.board().pickupBoard().join();
        server.store().publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, "o-1", Samples.ready(4, "o-1"));
        await().atMost(TerminalProbe.PATIENCE).until(() -> dropped.size() == 1);

        leaving.close();
        server.store().publish(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, "o-2", Samples.ready(5, "o-2"));

        await().atMost(TerminalProbe.PATIENCE).untilAsserted(() -> assertThat(kept).containsExactly(4L, 5L));
        assertThat(dropped).containsExactly(4L);
    }

    @Test
    void aStateListenerHearsTheCurrentStateAtOnce() {
        List<ConnectionState> heard = new CopyOnWriteArrayList<>();

        connection.onStateChange(heard::add);

        await().atMost(TerminalProbe.PATIENCE).untilAsserted(
                () -> assertThat(heard).containsExactly(ConnectionState.CONNECTED));
    }

    /**
     * Subscribing and then asking a question go through the link in that order, so once the
     * answer is back the consumers exist on the broker and no event published after it is missed.
     */
    private void subscriptionsInPlace() {
        connection.kiosk().menu().join();
    }
}
