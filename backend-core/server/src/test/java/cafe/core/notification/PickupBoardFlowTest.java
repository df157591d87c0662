package cafe.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.LocalizedText;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardMove;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.order.OrderType;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaidLine;
import cafe.core.events.TicketNews;
import cafe.core.testing.EventTap;
import cafe.core.testing.FlowStore;
import cafe.core.testing.ShownBoards;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The pickup board as a display sees it while the bar makes orders; each test its own order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PickupBoardFlowTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    private FlowStore store;
    private EventTap board;

    @BeforeAll
    void startStore(@TempDir Path dataDir) throws Exception {
        store = FlowStore.start(dataDir);
        board = store.tap(Role.DISPLAY, Addresses.BOARD_EVENTS);
    }

    @AfterAll
    void stopStore() throws Exception {
        board.close();
        store.close();
    }

    @Test
    void aNumberMovesFromPreparingToReadyAndIsGoneOnceCollected() throws Exception {
        pay("o-made", 201, null);
        PickupBoard preparing = awaitBoard(shown -> numbers(shown.preparing()).contains(201));

        barista(MessageTypes.START_TICKET, "o-made");
        barista(MessageTypes.MARK_READY, "o-made");
        PickupBoard ready = awaitBoard(shown -> numbers(shown.ready()).contains(201));
        assertThat(numbers(ready.preparing())).doesNotContain(201);
        assertThat(ready.version()).isEqualTo(preparing.version() + 1);

        barista(MessageTypes.MARK_PICKED_UP, "o-made");
        PickupBoard gone = awaitBoard(shown -> shown.version() == ready.version() + 1);
        assertThat(numbers(gone.preparing())).doesNotContain(201);
        assertThat(numbers(gone.ready())).doesNotContain(201);
        assertThat(displayAsks().version()).isGreaterThanOrEqualTo(gone.version());
    }

    @Test
    void aRecallMovesTheNumberBackToPreparing() throws Exception {
        pay("o-recalled", 202, null);
        barista(MessageTypes.START_TICKET, "o-recalled");
        barista(MessageTypes.MARK_READY, "o-recalled");
        PickupBoard ready = awaitBoard(shown -> numbers(shown.ready()).contains(202));

        barista(MessageTypes.RECALL_TICKET, "o-recalled");

        PickupBoard recalled = awaitBoard(shown -> numbers(shown.preparing()).contains(202)
                && shown.version() > ready.version());
        assertThat(numbers(recalled.ready())).doesNotContain(202);
    }

    @Test
    void theBarsLiveCopyMovesTheBoardAndItsDurableCopyCallsTheCustomerOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        TicketNews ready = ticketNews("o-live", 204, TicketStatus.READY, 3);
        store.publish(Addresses.BARISTA_FEED, MessageTypes.TICKET_READY, "o-live", ready, eventId);

        awaitBoard(shown -> numbers(shown.ready()).contains(204));
        assertThat(callsFor("o-live")).as("the call waits for the durable copy").isZero();

        store.publish(Addresses.BARISTA_EVENTS, MessageTypes.TICKET_READY, "o-live", ready, eventId);
        await().atMost(DEADLINE).until(() -> callsFor("o-live") == 1);
        store.publish(Addresses.BARISTA_FEED, MessageTypes.TICKET_PICKED_UP, "o-live",
                ticketNews("o-live", 204, TicketStatus.PICKED_UP, 4), UUID.randomUUID().toString());
        await().atMost(DEADLINE).until(() -> movesOf("o-live").contains(BoardMove.Place.GONE));
        assertThat(movesOf("o-live")).containsExactly(BoardMove.Place.READY, BoardMove.Place.GONE);
        assertThat(callsFor("o-live")).isEqualTo(1);
    }

    @Test
    void aCustomerWhoLeftAPhoneNumberIsTextedOnceWhenReady() throws Exception {
        pay("o-texted", 203, "010-1234-5678");
        barista(MessageTypes.START_TICKET, "o-texted");
        barista(MessageTypes.MARK_READY, "o-texted");

        await().atMost(DEADLINE).until(() -> store.count("notification",
                "select count(*) from notification where order_id = ? and status = 'SENT'", "o-texted") == 2);
        assertThat(store.count("notification",
                "select count(*) from notification where order_id = ? and channel = 'sms'", "o-texted"))
                .isEqualTo(1);
    }

    @Test
    void aRushOfPaidOrdersAllReachTheBoardEachChangeWithItsOwnVersion() throws Exception {
        List<Integer> rush = IntStream.rangeClosed(301, 340).boxed().toList();
        for (int number : rush) {
            publishPaid("o-rush-" + number, number, null);
        }

        PickupBoard shown = awaitBoard(board -> numbers(board.preparing()).containsAll(rush));
        assertThat(board.bodies(MessageTypes.BOARD_MOVED, BoardMove.class)).extracting(BoardMove::version)
                .doesNotHaveDuplicates();
        assertThat(displayAsks()).isEqualTo(shown);
    }

    private long callsFor(String orderId) throws Exception {
        return store.count("notification", "select count(*) from notification where order_id = ?", orderId);
    }

    private List<BoardMove.Place> movesOf(String orderId) {
        return board.bodies(MessageTypes.BOARD_MOVED, BoardMove.class).stream()
                .filter(move -> move.number().orderId().equals(orderId)).map(BoardMove::to).toList();
    }

    private static TicketNews ticketNews(String orderId, int number, TicketStatus status, long version) {
        return new TicketNews(new TicketNews.Ticket(orderId, number, status, version));
    }

    private void pay(String orderId, int number, String contact) throws Exception {
        publishPaid(orderId, number, contact);
        awaitBoard(shown -> numbers(shown.preparing()).contains(number));
    }

    private void publishPaid(String orderId, int number, String contact) throws Exception {
        store.publish(Addresses.ORDER_SERVICE_EVENTS, orderId, new OrderPaid(orderId, number, OrderType.DINE_IN,
                List.of(new PaidLine("latte", new LocalizedText("카페 라떼", "Caffè latte"), List.of(), 1, 90, 5_000)),
                Instant.now(), contact, null, null));
    }

    private void barista(String type, String orderId) throws Exception {
        Reply reply = store.request(Role.BARISTA, Addresses.BARISTA_COMMANDS, type, new TicketAction(orderId, "Bar 1"));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
    }

    private PickupBoard awaitBoard(Predicate<PickupBoard> shown) {
        await().atMost(DEADLINE).until(() -> boardsShown().stream().anyMatch(shown));
        return boardsShown().stream().filter(shown).findFirst().orElseThrow();
    }

    private List<PickupBoard> boardsShown() {
        return ShownBoards.after(PickupBoard.empty(), board.bodies(MessageTypes.BOARD_MOVED, BoardMove.class));
    }

    private PickupBoard displayAsks() throws Exception {
        Reply reply = store.request(Role.DISPLAY, Addresses.BOARD_QUERIES, MessageTypes.GET_PICKUP_BOARD, "{}");
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return store.data(reply, PickupBoard.class);
    }

    private static List<Integer> numbers(List<BoardNumber> column) {
        return column.stream().map(BoardNumber::orderNumber).toList();
    }
}
