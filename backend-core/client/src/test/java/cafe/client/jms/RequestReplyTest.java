package cafe.client.jms;

import static cafe.client.jms.TerminalProbe.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.client.TerminalConfig;
import cafe.contract.barista.BarQueue;
import cafe.contract.barista.CheckItem;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.menu.SetAvailability;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.CartLine;
import cafe.contract.order.CartProblem;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.OrderView;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.TestCards;
import cafe.contract.order.WaitEstimate;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.MessageTypes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestReplyTest {

    private static final CardToken CARD = new CardToken(TestCards.APPROVE, "VISA", "4242");

    @TempDir
    static Path home;
    static StubServer server;

    private CafeConnection connection;
    private TerminalProbe probe;

    @BeforeAll
    static void startServer() {
        server = StubServer.start(home);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void connect() {
        server.store().forgetAnswers();
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
    void aQueryComesBackAsTheRecordTheServerSent() throws Exception {
        server.store().answerOk(MessageTypes.GET_MENU, Samples.menu(7));

        assertThat(connection.kiosk().menu().get(5, TimeUnit.SECONDS)).isEqualTo(Samples.menu(7));

        StubStore.Received request = server.store().lastOf(MessageTypes.GET_MENU);
        assertThat(request.address()).isEqualTo(Addresses.MENU_QUERIES);
        assertThat(request.schemaVersion()).isEqualTo(1);
        assertThat(request.correlationId()).isNotBlank();
        assertThat(request.hasReplyTo()).isTrue();
        assertThat(request.body().toString()).isEqualTo("{}");
    }

    @Test
    void everyCallGoesToItsAddressWithItsTypeAndDecodesItsAnswer() {
        List<Call> calls = List.of(
                new Call(MessageTypes.GET_MENU, Addresses.MENU_QUERIES, Samples.menu(1),
                        () -> connection.kiosk().menu()),
                new Call(MessageTypes.PLACE_ORDER, Addresses.ORDER_COMMANDS, accepted(),
                        () -> connection.kiosk().placeOrder(placeOrder())),
                new Call(MessageTypes.RETRY_PAYMENT, Addresses.ORDER_COMMANDS, accepted(),
                        () -> connection.kiosk().retryPayment(new RetryPayment("o-1", CARD, "key-1", 1))),
                new Call(MessageTypes.CANCEL_ORDER, Addresses.ORDER_COMMANDS, null,
                        () -> connection.kiosk().cancelUnpaid(new CancelOrder("o-1", "customer left"))),
                new Call(MessageTypes.GET_ORDER, Addresses.ORDER_COMMANDS, orderView(),
                        () -> connection.kiosk().order("o-1")),
                new Call(MessageTypes.GET_WAIT_ESTIMATE, Addresses.BARISTA_QUERIES, new WaitEstimate(2, 3, 4),
                        () -> connection.kiosk().waitEstimate()),
                new Call(MessageTypes.GET_BAR_QUEUE, Addresses.BARISTA_QUERIES, barQueue(),
                        () -> connection.barista().barQueue()),
                new Call(MessageTypes.START_TICKET, Addresses.BARISTA_COMMANDS, ticket(TicketStatus.IN_PREPARATION),
                        () -> connection.barista().start(action())),
                new Call(MessageTypes.CHECK_ITEM, Addresses.BARISTA_COMMANDS, ticket(TicketStatus.IN_PREPARATION),
                        () -> connection.barista().checkItem(new CheckItem("o-1", 0, true))),
                new Call(MessageTypes.MARK_READY, Addresses.BARISTA_COMMANDS, ticket(TicketStatus.READY),
                        () -> connection.barista().markReady(action())),
                new Call(MessageTypes.MARK_PICKED_UP, Addresses.BARISTA_COMMANDS, ticket(TicketStatus.PICKED_UP),
                        () -> connection.barista().markPickedUp(action())),
                new Call(MessageTypes.RECALL_TICKET, Addresses.BARISTA_COMMANDS, ticket(TicketStatus.READY),
                        () -> connection.barista().recall(action())),
                new Call(MessageTypes.CANCEL_ORDER, Addresses.ORDER_STAFF_COMMANDS, null,
                        () -> connection.barista().cancel(new CancelOrder("o-1", "spilled"))),
                new Call(MessageTypes.GET_DAY_STATS, Addresses.BARISTA_QUERIES, new DayStats(40, 180, 420, 3, 6),
                        () -> connection.barista().dayStats()),
                new Call(MessageTypes.GET_MENU, Addresses.MENU_QUERIES, Samples.menu(1),
                        () -> connection.barista().menu()),
                new Call(MessageTypes.SET_AVAILABILITY, Addresses.MENU_COMMANDS, Samples.menu(2),
                        () -> connection.barista().setAvailability(new SetAvailability("americano", false))),
                new Call(MessageTypes.GET_PICKUP_BOARD, Addresses.BOARD_QUERIES, Samples.board(3, "o-1"),
                        () -> connection.board().pickupBoard()));
        int before = server.store().received().size();

        for (Call call : calls) {
            server.store().answerOk(call.type(), call.answer());
            assertThat(call.call().get().join()).as(call.type()).isEqualTo(call.answer());
        }

        assertThat(server.store().received().subList(before, before + calls.size()))
                .extracting(StubStore.Received::type, StubStore.Received::address)
                .containsExactlyElementsOf(calls.stream()
                        .map(call -> org.assertj.core.groups.Tuple.tuple(call.type(), call.address())).toList());
    }

    @Test
    void requestsAboutAnOrderCarryItsOrderId() {
        server.store().answerOk(MessageTypes.RETRY_PAYMENT, accepted());
        server.store().answerOk(MessageTypes.GET_ORDER, orderView());

        connection.kiosk().retryPayment(new RetryPayment("o-9", CARD, "key-9", 1)).join();
        connection.kiosk().order("o-8").join();

        assertThat(server.store().lastOf(MessageTypes.RETRY_PAYMENT).orderId()).isEqualTo("o-9");
        StubStore.Received getOrder = server.store().lastOf(MessageTypes.GET_ORDER);
        assertThat(getOrder.orderId()).isEqualTo("o-8");
        assertThat(getOrder.body().toString()).isEqualTo("{\"orderId\":\"o-8\"}");
    }

    @Test
    void anErrorReplyFailsTheCallWithItsCodeMessageAndDetails() {
        server.store().answerError(MessageTypes.PLACE_ORDER, ErrorCode.MENU_CHANGED,
                "The menu changed, please review your cart",
                List.of(new CartProblem(0, "americano", "PRICE_CHANGED", 5_000)));

        CafeException failure = failureOf(connection.kiosk().placeOrder(placeOrder()));

        assertThat(failure.code()).isEqualTo(ErrorCode.MENU_CHANGED);
        assertThat(failure.getMessage()).isEqualTo("The menu changed, please review your cart");
        assertThat(failure.details().get(0).get("problem").asText()).isEqualTo("PRICE_CHANGED");
        assertThat(failure.details().get(0).get("currentUnitPriceWon").asLong()).isEqualTo(5_000);
    }

    @Test
    void aRequestLongerThanTheStoreReadsIsRefusedWithoutBeingSent() {
        PlaceOrder huge = new PlaceOrder("key-2", "k".repeat(Headers.MAX_REQUEST_CHARS), OrderType.TAKE_OUT,
                List.of(new CartLine("americano", List.of(), 1)), 4_500, CARD, null);

        CafeException failure = failureOf(connection.kiosk().placeOrder(huge));

        assertThat(failure.code()).isEqualTo(ErrorCode.REQUEST_TOO_LARGE);
    }

    @Test
    void aCallNobodyAnswersTimesOut() {
        TerminalConfig impatient = server.terminal(Duration.ofMillis(300));
        try (CafeConnection quick = CafeClients.connect(impatient); TerminalProbe watch = new TerminalProbe(quick)) {
            watch.awaitState(ConnectionState.CONNECTED);
            long start = System.nanoTime();

            CafeException failure = failureOf(quick.barista().dayStats());

            assertThat(failure.code()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300),
                    Duration.ofSeconds(3));
            assertThat(quick.state()).isEqualTo(ConnectionState.CONNECTED);
        }
    }

    @Test
    void connectingReturnsAtOnceAndCallsFailFastWhileTheServerDoesNotAnswer() throws Exception {
        // a server that accepts the socket but never answers: a blocking connect would hang for seconds
        try (SilentLine line = SilentLine.to(server.broker().url())) {
            line.goSilent();
            TerminalConfig unanswered = new TerminalConfig(line.url(), "kiosk", "pw", Duration.ofSeconds(30));
            long start = System.nanoTime();
            try (CafeConnection lonely = CafeClients.connect(unanswered)) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                assertThat(lonely.state()).isEqualTo(ConnectionState.CONNECTING);

                CafeException failure = failureOf(lonely.kiosk().menu());

                assertThat(failure.code()).isEqualTo(ErrorCode.NOT_CONNECTED);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
                assertThat(lonely.state()).isEqualTo(ConnectionState.CONNECTING);
            }
        }
    }

    @Test
    void aFutureCompletesOnAClientThread() {
        server.store().answerOk(MessageTypes.GET_MENU, Samples.menu(1));

        String thread = connection.kiosk().menu().thenApply(menu -> Thread.currentThread().getName()).join();

        assertThat(thread).startsWith("cafe-kiosk-callback");
    }

    private record Call(String type, String address, Object answer, Supplier<CompletableFuture<?>> call) {
    }

    private static PlaceOrder placeOrder() {
        return new PlaceOrder("key-1", "kiosk-1", OrderType.TAKE_OUT,
                List.of(new CartLine("americano", List.of("size-large"), 2)), 10_000, CARD, null);
    }

    private static OrderAccepted accepted() {
        return new OrderAccepted("o-1", 101, 10_000, OrderStatus.CREATED, 1);
    }

    private static OrderView orderView() {
        return new OrderView("o-1", 101, OrderStatus.PAID, OrderType.TAKE_OUT, List.of(), 10_000, Samples.PAID_AT,
                null);
    }

    private static BarQueue barQueue() {
        return new BarQueue(List.of(ticket(TicketStatus.QUEUED)), List.of(), List.of());
    }

    private static TicketAction action() {
        return new TicketAction("o-1", "bar-1");
    }

    private static cafe.contract.barista.Ticket ticket(TicketStatus status) {
        return Samples.ticket("o-1", status);
    }
}
