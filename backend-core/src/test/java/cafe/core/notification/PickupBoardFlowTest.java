package cafe.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.LocalizedText;
import cafe.contract.barista.TicketAction;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.order.OrderType;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaidLine;
import cafe.core.testing.EventTap;
import cafe.core.testing.FlowStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pickup board as a display sees it while the bar makes an order. */
class PickupBoardFlowTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;
    private FlowStore store;
    private EventTap board;

    @BeforeEach
    void startStore() throws Exception {
        store = FlowStore.start(dataDir);
        board = store.tap(Role.DISPLAY, Addresses.BOARD_EVENTS);
    }

    @AfterEach
    void stopStore() throws Exception {
        board.close();
        store.close();
    }

    @Test
    void aNumberMovesFromPreparingToReadyAndIsGoneOnceCollected() throws Exception {
        pay("o-1", 105, null);
        PickupBoard preparing = awaitBoard(1);
        assertThat(numbers(preparing.preparing())).containsExactly(105);

        barista(MessageTypes.START_TICKET, "o-1");
        barista(MessageTypes.MARK_READY, "o-1");
        PickupBoard ready = awaitBoard(2);
        assertThat(ready.preparing()).isEmpty();
        assertThat(numbers(ready.ready())).containsExactly(105);

        barista(MessageTypes.MARK_PICKED_UP, "o-1");
        PickupBoard gone = awaitBoard(3);
        assertThat(gone.preparing()).isEmpty();
        assertThat(gone.ready()).isEmpty();
        assertThat(displayAsks()).isEqualTo(gone);
    }

    @Test
    void aRecallMovesTheNumberBackToPreparing() throws Exception {
        pay("o-1", 105, null);
        barista(MessageTypes.START_TICKET, "o-1");
        barista(MessageTypes.MARK_READY, "o-1");
        awaitBoard(2);

        barista(MessageTypes.RECALL_TICKET, "o-1");

        assertThat(numbers(awaitBoard(3).preparing())).containsExactly(105);
    }

    @Test
    void aCustomerWhoLeftAPhoneNumberIsTextedOnceWhenReady() throws Exception {
        pay("o-1", 105, "010-1234-5678");
        barista(MessageTypes.START_TICKET, "o-1");
        barista(MessageTypes.MARK_READY, "o-1");

        await().atMost(DEADLINE).until(() -> store.count("notification",
                "select count(*) from notification where order_id = ? and status = 'SENT'", "o-1") == 2);
        assertThat(store.count("notification",
                "select count(*) from notification where order_id = ? and channel = 'sms'", "o-1")).isEqualTo(1);
    }

    private void pay(String orderId, int number, String contact) throws Exception {
        store.publish(Addresses.ORDER_EVENTS, orderId, new OrderPaid(orderId, number, OrderType.DINE_IN,
                List.of(new PaidLine("latte", new LocalizedText("카페 라떼", "Caffè latte"), List.of(), 1, 90)),
                Instant.now(), contact));
    }

    private void barista(String type, String orderId) throws Exception {
        Reply reply = store.request(Role.BARISTA, Addresses.BARISTA_COMMANDS, type, new TicketAction(orderId, "Bar 1"));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
    }

    private PickupBoard awaitBoard(long version) {
        await().atMost(DEADLINE).until(() -> board.bodies(MessageTypes.BOARD_CHANGED, PickupBoard.class).stream()
                .anyMatch(b -> b.version() == version));
        return board.bodies(MessageTypes.BOARD_CHANGED, PickupBoard.class).stream()
                .filter(b -> b.version() == version).findFirst().orElseThrow();
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
