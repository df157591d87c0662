package cafe.core.server;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.croissant;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.barista.BarQueue;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardMove;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.OrderView;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.events.PaymentRefunded;
import cafe.core.platform.EventRecorder;
import cafe.core.platform.TestTerminal;
import cafe.core.testing.ShownBoards;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole orders through a real StoreServer: a kiosk pays, the bar makes the order, the pickup board
 * calls the number; with the simulated card network doing the charging.
 */
class OrderJourneyTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final CardToken SILENT_CARD = new CardToken(TestCards.TIMEOUT, "VISA", "0003");

    @TempDir
    Path dataDir;
    private RunningStore store;
    private TestTerminal kiosk;
    private TestTerminal barista;
    private TestTerminal display;
    private EventRecorder kioskEvents;
    private EventRecorder boardEvents;
    private PickupBoard boardRead;

    @BeforeEach
    void openTheStore() throws Exception {
        store = RunningStore.withTestMenu(dataDir);
        connectTerminals();
    }

    private void connectTerminals() throws Exception {
        kiosk = store.terminal(Role.KIOSK);
        barista = store.terminal(Role.BARISTA);
        display = store.terminal(Role.DISPLAY);
        kioskEvents = kiosk.record(Addresses.ORDER_EVENTS);
        boardEvents = display.record(Addresses.BOARD_EVENTS);
        boardRead = ask(display, Addresses.BOARD_QUERIES, MessageTypes.GET_PICKUP_BOARD, PickupBoard.class);
    }

    @AfterEach
    void closeTheStore() throws Exception {
        store.close();
    }

    @Test
    void aPaidOrderIsMadeCalledOnTheBoardAndCollected() throws Exception {
        OrderAccepted order = paidOrder();
        int number = order.orderNumber();
        assertThat(awaitBoard(board -> numbers(board.preparing()).contains(number)).ready()).isEmpty();

        bar(MessageTypes.START_TICKET, order);
        Ticket ready = bar(MessageTypes.MARK_READY, order);
        assertThat(ready.lines()).extracting(line -> line.name().en()).containsExactly("Americano", "Croissant");
        awaitBoard(board -> numbers(board.ready()).contains(number) && board.preparing().isEmpty());
        awaitView(order, OrderStatus.READY);

        bar(MessageTypes.MARK_PICKED_UP, order);
        PickupBoard empty = awaitBoard(board -> board.ready().isEmpty() && board.preparing().isEmpty()
                && board.version() > 2);
        awaitView(order, OrderStatus.PICKED_UP);
        // the board moves on the bar's live copy; the call follows with the durable one
        await().atMost(DEADLINE).until(() -> store.query("notification",
                "select count(*) from notification where status = 'SENT'") == 1);
        assertThat(ask(display, Addresses.BOARD_QUERIES, MessageTypes.GET_PICKUP_BOARD, PickupBoard.class))
                .isEqualTo(empty);
    }

    @Test
    void aCardTheNetworkNeverAnswersEndsUnavailableAndAnotherCardPays() throws Exception {
        PlaceOrder placing = order(SILENT_CARD, 8_300, americano(1), croissant(1));
        OrderAccepted order = place(placing);

        OrderUpdate failed = awaitStatus(order, OrderStatus.PAYMENT_FAILED);
        assertThat(failed.reasonCode()).isEqualTo("UNAVAILABLE");

        Reply retry = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.RETRY_PAYMENT,
                new RetryPayment(order.orderId(), APPROVING_CARD, placing.idempotencyKey(), order.paymentAttempt()));
        assertThat(retry.isOk()).as(retry.message()).isTrue();
        awaitStatus(order, OrderStatus.PAID);
        assertThat(store.query("payment", "select count(*) from payment where status = 'APPROVED'")).isEqualTo(1);
    }

    @Test
    void staffCancellingAQueuedPaidOrderRefundsItAndClearsTheBarAndBoard() throws Exception {
        EventRecorder paymentEvents = store.terminal(Role.ADMIN).record(Addresses.PAYMENT_EVENTS);
        OrderAccepted order = paidOrder();
        awaitBoard(board -> numbers(board.preparing()).contains(order.orderNumber()));

        Reply cancel = barista.request(Addresses.ORDER_STAFF_COMMANDS, MessageTypes.CANCEL_ORDER,
                new CancelOrder(order.orderId(), "customer left"));
        assertThat(cancel.isOk()).as(cancel.message()).isTrue();

        PaymentRefunded refunded = paymentEvents.body(paymentEvents.await("PaymentRefunded", order.orderId()),
                PaymentRefunded.class);
        assertThat(refunded.amountWon()).isEqualTo(order.totalWon());
        awaitStatus(order, OrderStatus.CANCELLED);
        assertThat(store.query("payment", "select count(*) from payment where status = 'REFUNDED' and order_id = '"
                + order.orderId() + "'")).isEqualTo(1);
        awaitBoard(board -> !numbers(board.preparing()).contains(order.orderNumber()));
        assertThat(ask(barista, Addresses.BARISTA_QUERIES, MessageTypes.GET_BAR_QUEUE, BarQueue.class).active())
                .isEmpty();
    }

    @Test
    void theBarAndTheBoardCarryOnAfterARestart() throws Exception {
        OrderAccepted order = paidOrder();
        PickupBoard before = awaitBoard(board -> numbers(board.preparing()).contains(order.orderNumber()));

        store.restart();
        connectTerminals();

        assertThat(ask(barista, Addresses.BARISTA_QUERIES, MessageTypes.GET_BAR_QUEUE, BarQueue.class).active())
                .extracting(Ticket::orderNumber).containsExactly(order.orderNumber());
        assertThat(ask(display, Addresses.BOARD_QUERIES, MessageTypes.GET_PICKUP_BOARD, PickupBoard.class))
                .isEqualTo(before);
        bar(MessageTypes.START_TICKET, order);
        bar(MessageTypes.MARK_READY, order);
        assertThat(awaitBoard(board -> numbers(board.ready()).contains(order.orderNumber())).version())
                .isEqualTo(before.version() + 1);
    }

    private OrderAccepted place(CardToken card) throws Exception {
        return place(order(card, 8_300, americano(1), croissant(1)));
    }

    private OrderAccepted place(PlaceOrder placing) throws Exception {
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, placing);
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }

    /** Paid as the kiosk hears it, and its ticket on the bar's queue. */
    private OrderAccepted paidOrder() throws Exception {
        OrderAccepted order = place(APPROVING_CARD);
        awaitStatus(order, OrderStatus.PAID);
        await().atMost(DEADLINE).until(() -> ask(barista, Addresses.BARISTA_QUERIES, MessageTypes.GET_BAR_QUEUE,
                BarQueue.class).active().stream().anyMatch(ticket -> ticket.orderId().equals(order.orderId())));
        return order;
    }

    private Ticket bar(String command, OrderAccepted order) throws Exception {
        Reply reply = barista.request(Addresses.BARISTA_COMMANDS, command, new TicketAction(order.orderId(), "Bar 1"));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        Ticket ticket = barista.json().convertValue(reply.data(), Ticket.class);
        assertThat(ticket.status()).isNotEqualTo(TicketStatus.QUEUED);
        return ticket;
    }

    private <T> T ask(TestTerminal terminal, String queue, String type, Class<T> answer) throws Exception {
        Reply reply = terminal.request(queue, type, "{}");
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return terminal.json().convertValue(reply.data(), answer);
    }

    private OrderUpdate awaitStatus(OrderAccepted order, OrderStatus status) {
        var heard = kioskEvents.await(MessageTypes.ORDER_UPDATED, body -> order.orderId()
                .equals(body.path("orderId").asText()) && status.name().equals(body.path("status").asText()));
        return kioskEvents.body(heard, OrderUpdate.class);
    }

    /** Waits until the kiosk's GetOrder answers the status: the bar's moves are not on the kiosks' feed. */
    private void awaitView(OrderAccepted order, OrderStatus status) {
        await().atMost(DEADLINE).until(() -> kiosk.json().convertValue(kiosk.request(Addresses.ORDER_COMMANDS,
                MessageTypes.GET_ORDER, Map.of("orderId", order.orderId())).data(), OrderView.class).status() == status);
    }

    private PickupBoard awaitBoard(Predicate<PickupBoard> shown) {
        await().atMost(Duration.ofSeconds(10)).until(() -> boardsShown().stream().anyMatch(shown));
        return boardsShown().stream().filter(shown).findFirst().orElseThrow();
    }

    private List<PickupBoard> boardsShown() {
        return ShownBoards.after(boardRead, boardEvents.all().stream()
                .filter(heard -> MessageTypes.BOARD_MOVED.equals(heard.type()))
                .map(heard -> boardEvents.body(heard, BoardMove.class)).toList());
    }

    private static List<Integer> numbers(List<BoardNumber> column) {
        return column.stream().map(BoardNumber::orderNumber).toList();
    }
}
