package cafe.core.desk;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.DECLINING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.client.OrderDesk;
import cafe.client.jms.CafeClients;
import cafe.contract.barista.TicketAction;
import cafe.contract.desk.FailedMessage;
import cafe.contract.desk.FindOrders;
import cafe.contract.desk.OrderStory;
import cafe.contract.desk.OrderSummary;
import cafe.contract.desk.PaymentRecord;
import cafe.contract.desk.StatusChange;
import cafe.contract.order.CardToken;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.server.LedgerAssertions;
import cafe.core.server.RunningStore;
import cafe.core.staff.StaffFixture;
import cafe.core.testing.Refusal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back office's order desk on a real store: orders found by number and by time, an order's
 * history told by ordering, payment and the bar, and a manager's cancellation with its refund,
 * recorded with who and why, refused once the order is past the bar's start.
 */
class OrderDeskTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    static Path dataDir;
    private static RunningStore store;
    private static CafeConnection managerScreen;
    private static TestTerminal kiosk;
    private static TestTerminal bar;

    @BeforeAll
    static void openTheStoreAndSignIn() throws Exception {
        store = RunningStore.withTestMenu(dataDir);
        StaffFixture.enrol(dataDir, "kim", "Kim Minji", "2468");
        managerScreen = CafeClients.connect(store.server().terminalConfig(Role.MANAGER));
        await().atMost(DEADLINE).until(() -> managerScreen.state() == ConnectionState.CONNECTED);
        managerScreen.manager().signIn("kim", "2468".toCharArray()).join();
        kiosk = store.terminal(Role.KIOSK);
        bar = store.terminal(Role.BARISTA);
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        kiosk.close();
        bar.close();
        managerScreen.close();
        store.close();
    }

    @Test
    void anOrderIsFoundByItsNumberTodayAndAmongTheOrdersPlacedInATimeRange() throws Exception {
        Instant before = Instant.now();
        OrderAccepted first = place(order(4_500, americano(1)));
        OrderAccepted second = place(order(9_000, americano(2)));

        assertThat(desk().find(FindOrders.number(null, second.orderNumber())).join().orders())
                .extracting(OrderSummary::orderId, OrderSummary::totalWon).containsExactly(tuple(second.orderId(), 9_000L));
        assertThat(desk().find(FindOrders.placedBetween(before, Instant.now().plusSeconds(1))).join().orders())
                .extracting(OrderSummary::orderId).containsExactly(second.orderId(), first.orderId());
        assertThat(desk().find(FindOrders.today()).join().orders()).extracting(OrderSummary::orderId)
                .contains(first.orderId(), second.orderId());
        assertThat(desk().find(FindOrders.number(null, 998)).join().orders()).isEmpty();
    }

    @Test
    void aDayOrATimeNoStoreCouldHaveIsRefusedAsABadRequest() {
        Instant farAhead = LocalDate.of(1_000_000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(Stream.of(FindOrders.day(LocalDate.MAX), FindOrders.number(LocalDate.MIN, 1),
                        FindOrders.placedBetween(farAhead, farAhead.plusSeconds(60)))
                .map(query -> Refusal.of(desk().find(query)).code())).containsOnly(ErrorCode.MALFORMED_REQUEST);
    }

    @Test
    void theHistoryShowsADeclineThenAnApprovalWithTheCardsAndTheTicketsTimes() throws Exception {
        PlaceOrder placing = order(DECLINING_CARD, 4_500, americano(1));
        OrderAccepted order = place(placing);
        awaitStatus(order, OrderStatus.PAYMENT_FAILED);
        assertThat(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.RETRY_PAYMENT, new RetryPayment(
                order.orderId(), new CardToken(TestCards.APPROVE, "MASTERCARD", "5454"), placing.idempotencyKey(),
                order.paymentAttempt())).isOk()).isTrue();
        awaitStatus(order, OrderStatus.QUEUED);
        moveTicket(MessageTypes.START_TICKET, order, "bar-2");

        await().atMost(DEADLINE).until(() -> desk().story(order.orderId()).join().order().status()
                == OrderStatus.IN_PREPARATION);
        assertThat(desk().story(order.orderId()).join().changes()).extracting(StatusChange::status).containsExactly(
                OrderStatus.CREATED, OrderStatus.PAYMENT_FAILED, OrderStatus.CREATED, OrderStatus.PAID,
                OrderStatus.QUEUED, OrderStatus.IN_PREPARATION);
        assertThat(desk().payments(order.orderId()).join().attempts())
                .extracting(PaymentRecord::attempt, PaymentRecord::status, PaymentRecord::cardBrand,
                        PaymentRecord::cardLast4)
                .containsExactly(tuple(1, "DECLINED", "VISA", "0002"), tuple(2, "APPROVED", "MASTERCARD", "5454"));
        PaymentRecord declined = desk().payments(order.orderId()).join().attempts().get(0);
        assertThat(declined.declineCode()).isNotBlank();
        assertThat(declined.declineMessage()).isNotBlank();
        assertThat(desk().payments(order.orderId()).join().attempts().get(1).approvalCode()).isNotBlank();
        var ticket = desk().ticket(order.orderId()).join().ticket();
        assertThat(ticket.station()).isEqualTo("bar-2");
        assertThat(ticket.paidAt()).isNotNull();
        assertThat(ticket.startedAt()).isAfterOrEqualTo(ticket.paidAt());
        assertThat(ticket.readyAt()).isNull();
    }

    @Test
    void aManagersCancellationRefundsThePaidOrderAndIsRecordedWithWhoAndWhy() throws Exception {
        OrderAccepted order = place(order(4_500, americano(1)));
        awaitStatus(order, OrderStatus.QUEUED);
        String key = UUID.randomUUID().toString();

        OrderStory cancelled = desk().cancel(order.orderId(), "customer left before it was made", key).join();
        OrderStory again = desk().cancel(order.orderId(), "customer left before it was made", key).join();

        assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED);
        StatusChange last = cancelled.changes().get(cancelled.changes().size() - 1);
        assertThat(last.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(last.staffId()).isEqualTo("kim");
        assertThat(last.staffName()).isEqualTo("Kim Minji");
        assertThat(last.note()).isEqualTo("customer left before it was made");
        assertThat(again.changes()).as("the same request twice cancels once").hasSameSizeAs(cancelled.changes());
        await().atMost(DEADLINE).until(() -> desk().payments(order.orderId()).join().attempts().get(0).refundedAt()
                != null);
        assertThat(desk().payments(order.orderId()).join().attempts()).extracting(PaymentRecord::status)
                .containsExactly("REFUNDED");
        await().atMost(DEADLINE).until(() -> desk().ticket(order.orderId()).join().ticket().status().name()
                .equals("CANCELLED"));
        LedgerAssertions.storeIsClean(dataDir);
    }

    @Test
    void aCancellationIsRefusedByNameOnceTheOrderIsPickedUpOrWithoutAReason() throws Exception {
        OrderAccepted order = place(order(4_500, americano(1)));
        awaitStatus(order, OrderStatus.QUEUED);
        for (String move : new String[] {MessageTypes.START_TICKET, MessageTypes.MARK_READY,
                MessageTypes.MARK_PICKED_UP}) {
            moveTicket(move, order, "bar-1");
        }
        awaitStatus(order, OrderStatus.PICKED_UP);

        CafeException refusal = Refusal.of(desk().cancel(order.orderId(), "wrong drink", UUID.randomUUID().toString()));
        assertThat(refusal.code()).isEqualTo(ErrorCode.ORDER_NOT_CANCELLABLE);
        assertThat(refusal.details().path("status").asText()).isEqualTo("PICKED_UP");
        assertThat(Refusal.of(desk().cancel(order.orderId(), " ", null)).code()).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(desk().payments(order.orderId()).join().attempts()).extracting(PaymentRecord::status)
                .containsExactly("APPROVED");
    }

    @Test
    void withoutASignedInStaffMemberTheDeskIsClosed() throws Exception {
        try (CafeConnection another = CafeClients.connect(store.server().terminalConfig(Role.MANAGER))) {
            assertThat(Refusal.of(another.manager().orderDesk().find(FindOrders.today())).code())
                    .isEqualTo(ErrorCode.SIGN_IN_REQUIRED);
        }
        try (TestTerminal manager = store.terminal(Role.MANAGER)) {
            Map.of(Addresses.ORDER_MANAGER_COMMANDS, MessageTypes.FIND_ORDERS,
                    Addresses.PAYMENT_MANAGER_QUERIES, MessageTypes.GET_PAYMENT_HISTORY,
                    Addresses.BARISTA_MANAGER_QUERIES, MessageTypes.GET_TICKET_HISTORY,
                    Addresses.DEAD_LETTER_MANAGER_COMMANDS, MessageTypes.LIST_FAILED_MESSAGES).forEach((address, type) ->
                    assertThat(requestQuietly(manager, address, type).code()).as(address)
                            .isEqualTo(ErrorCode.SIGN_IN_REQUIRED.name()));
        }
    }

    /**
     * The bar's database refuses new tickets (a real fault in the real file), so a paid order's
     * OrderPaid dies on the bar's queue; once the fault is gone a manager's retry brings it back once
     * and the order goes through the bar to the customer.
     */
    @Test
    void aFailedMessageRetriedAfterTheFaultIsGoneCompletesItsOrderOnce() throws Exception {
        store.execute("barista", "CREATE TRIGGER desk_test_fault BEFORE INSERT ON ticket"
                + " BEGIN SELECT RAISE(ABORT, 'the bar cannot take tickets'); END");
        OrderAccepted order;
        try {
            order = place(new PlaceOrder(UUID.randomUUID().toString(), "kiosk-1", OrderType.TAKE_OUT,
                    List.of(americano(1)), 4_500, APPROVING_CARD, "010-1234-5678"));
            await().atMost(DEADLINE).until(() -> failedFor(order.orderId()).stream().anyMatch(FailedMessage::waitsForStaff));
        } finally {
            store.execute("barista", "DROP TRIGGER desk_test_fault");
        }
        FailedMessage failed = failedFor(order.orderId()).get(0);
        assertThat(failed.type()).isEqualTo("OrderPaid");
        assertThat(failed.originalQueue()).isEqualTo("barista.order-events");
        assertThat(failed.fate()).isEqualTo("DEAD");
        assertThat(failed.deliveries()).isEqualTo(3);
        assertThat(failed.body()).as("the customer's number, masked by the store").contains("\"010-****-5678\"")
                .doesNotContain("1234-5678");
        assertThat(store.queryText("ordering", "select status from customer_order where order_id = '"
                + order.orderId() + "'")).isEqualTo("PAID");

        FailedMessage retried = desk().retry(failed.id(), "bar database fixed").join();
        assertThat(desk().retry(failed.id(), "bar database fixed").join().resolvedAt()).as("asked twice, sent once")
                .isEqualTo(retried.resolvedAt());

        assertThat(retried.resolution()).isEqualTo("RETRIED");
        assertThat(retried.resolvedBy()).isEqualTo("Kim Minji");
        awaitStatus(order, OrderStatus.QUEUED);
        for (String move : new String[] {MessageTypes.START_TICKET, MessageTypes.MARK_READY,
                MessageTypes.MARK_PICKED_UP}) {
            moveTicket(move, order, "bar-1");
        }
        awaitStatus(order, OrderStatus.PICKED_UP);
        assertThat(store.query("barista", "select count(*) from ticket where order_id = '" + order.orderId() + "'"))
                .isEqualTo(1);
        assertThat(failedFor(order.orderId())).singleElement().satisfies(letter -> {
            assertThat(letter.waitsForStaff()).isFalse();
            assertThat(letter.failedAgain()).isFalse();
        });
    }

    @Test
    void aDiscardedMessageIsRecordedWithWhoAndWhyAndCannotBeRetriedAfter() throws Exception {
        String orderId = "o-" + UUID.randomUUID();
        store.terminal(Role.ADMIN).publish(Addresses.ORDER_SERVICE_EVENTS, "{\"orderId\": 12", Map.of(Headers.TYPE,
                "OrderPaid", Headers.EVENT_ID, UUID.randomUUID().toString(), Headers.ORDER_ID, orderId));
        await().atMost(DEADLINE).until(() -> failedFor(orderId).size() == 2);
        FailedMessage poison = failedFor(orderId).get(0);

        assertThat(Refusal.of(desk().discard(poison.id(), " ")).code()).isEqualTo(ErrorCode.MISSING_FIELD);
        for (FailedMessage letter : failedFor(orderId)) {
            desk().discard(letter.id(), "test event with a broken body").join();
        }

        assertThat(failedFor(orderId)).allSatisfy(letter -> {
            assertThat(letter.resolution()).isEqualTo("DISCARDED");
            assertThat(letter.resolvedBy()).isEqualTo("Kim Minji");
            assertThat(letter.note()).isEqualTo("test event with a broken body");
            assertThat(letter.resolvedAt()).isNotNull();
        });
        CafeException refusal = Refusal.of(desk().retry(poison.id(), null));
        assertThat(refusal.code()).isEqualTo(ErrorCode.FAILED_MESSAGE_SETTLED);
        assertThat(refusal.details().path("resolution").asText()).isEqualTo("DISCARDED");
        assertThat(Refusal.of(desk().retry(Long.MAX_VALUE, null)).code()).isEqualTo(ErrorCode.FAILED_MESSAGE_NOT_FOUND);
    }

    private static List<FailedMessage> failedFor(String orderId) {
        return desk().failedMessages().join().messages().stream().filter(m -> orderId.equals(m.orderId())).toList();
    }

    private static Reply requestQuietly(TestTerminal terminal, String address, String type) {
        try {
            return terminal.request(address, type, "{\"orderId\": \"o-1\"}");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static OrderDesk desk() {
        return managerScreen.manager().orderDesk();
    }

    private static OrderAccepted place(Object placeOrder) throws Exception {
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, placeOrder);
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return kiosk.json().treeToValue(reply.data(), OrderAccepted.class);
    }

    private static void moveTicket(String move, OrderAccepted order, String station) throws Exception {
        Reply reply = bar.request(Addresses.BARISTA_COMMANDS, move, new TicketAction(order.orderId(), station));
        assertThat(reply.isOk()).as(move + ": " + reply.message()).isTrue();
    }

    private static void awaitStatus(OrderAccepted order, OrderStatus status) {
        await().atMost(DEADLINE).until(() -> store.queryText("ordering", "select status from customer_order"
                + " where order_id = '" + order.orderId() + "'"), status.name()::equals);
    }
}
