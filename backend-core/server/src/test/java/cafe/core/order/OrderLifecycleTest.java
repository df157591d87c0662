package cafe.core.order;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.DECLINING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.OrderView;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.events.OrderCancelled;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaymentApproved;
import cafe.core.events.PaymentDeclined;
import cafe.core.events.PaymentRequested;
import cafe.core.platform.EventRecorder;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orders moving through payment and the bar. Payment and bar events are published here as those
 * contexts would; where those contexts run too, they publish the same outcomes for these cards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderLifecycleTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private RunningStore store;
    private TestTerminal kiosk;
    private TestTerminal barista;
    private TestTerminal services;
    private EventRecorder kioskEvents;
    private EventRecorder orderEvents;
    private long barVersion;
    private final Map<String, String> placedWithKey = new ConcurrentHashMap<>();

    @BeforeAll
    void start(@TempDir Path dataDir) throws Exception {
        store = RunningStore.withTestMenu(dataDir);
        kiosk = store.terminal(Role.KIOSK);
        barista = store.terminal(Role.BARISTA);
        services = store.terminal(Role.ADMIN);
    }

    @BeforeEach
    void listen() throws Exception {
        kioskEvents = kiosk.record(Addresses.ORDER_EVENTS);
        orderEvents = services.record(Addresses.ORDER_SERVICE_EVENTS);
    }

    @AfterAll
    void stop() throws Exception {
        store.close();
    }

    private OrderAccepted place(CardToken card) throws Exception {
        PlaceOrder command = order(card, 4_500, americano(1));
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, command);
        OrderAccepted accepted = kiosk.json().convertValue(reply.data(), OrderAccepted.class);
        placedWithKey.put(accepted.orderId(), command.idempotencyKey());
        return accepted;
    }

    /** The kiosk's own cancellation, proved with the key it placed the order with. */
    private Reply retryAtTheKiosk(OrderAccepted order) throws Exception {
        return kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.RETRY_PAYMENT,
                new RetryPayment(order.orderId(), APPROVING_CARD, placedWithKey.get(order.orderId()),
                        order.paymentAttempt()));
    }

    private Reply cancelAtTheKiosk(OrderAccepted order, String reason) throws Exception {
        return kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.CANCEL_ORDER,
                new CancelOrder(order.orderId(), reason, placedWithKey.get(order.orderId())));
    }

    private OrderUpdate awaitStatus(String orderId, OrderStatus status) {
        var heard = kioskEvents.await(MessageTypes.ORDER_UPDATED,
                body -> orderId.equals(body.path("orderId").asText()) && status.name().equals(body.path("status").asText()));
        return kioskEvents.body(heard, OrderUpdate.class);
    }

    /** Waits until the kiosk's GetOrder answers the status: the bar's moves are told there, not on the feed. */
    private void awaitView(String orderId, OrderStatus status) {
        await().atMost(DEADLINE).until(() -> view(orderId).status() == status);
    }

    private OrderAccepted paidOrder() throws Exception {
        OrderAccepted order = place(APPROVING_CARD);
        services.publishEvent(Addresses.PAYMENT_EVENTS, "PaymentApproved", order.orderId(),
                new PaymentApproved(order.orderId(), 1, "pay-" + order.orderNumber(), order.totalWon(), "AUTH1", "VISA", "4242"));
        awaitStatus(order.orderId(), OrderStatus.PAID);
        return order;
    }

    private OrderAccepted declinedOrder() throws Exception {
        OrderAccepted order = place(DECLINING_CARD);
        services.publishEvent(Addresses.PAYMENT_EVENTS, "PaymentDeclined", order.orderId(),
                new PaymentDeclined(order.orderId(), 1, "CARD_DECLINED", "The card was declined"));
        return order;
    }

    /** The bar's news of a move: each a version newer than the last, as the bar's ticket counts them. */
    private void barMoves(OrderAccepted order, String type, TicketStatus status) throws Exception {
        Ticket ticket = new Ticket(order.orderId(), order.orderNumber(), OrderType.TAKE_OUT, status, List.of(),
                Instant.now(), null, null, null, "bar-1", ++barVersion);
        services.publishEvent(Addresses.BARISTA_EVENTS, type, order.orderId(), new TicketEvent(ticket));
    }

    private OrderView view(String orderId) throws Exception {
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.GET_ORDER, Map.of("orderId", orderId));
        return kiosk.json().convertValue(reply.data(), OrderView.class);
    }

    @Test
    void anApprovedPaymentPaysTheOrderAndSendsItToTheBarWithPrepTimes() throws Exception {
        OrderAccepted order = paidOrder();

        OrderPaid paid = orderEvents.body(orderEvents.await("OrderPaid", order.orderId()), OrderPaid.class);
        assertThat(paid.orderNumber()).isEqualTo(order.orderNumber());
        assertThat(paid.lines()).singleElement().satisfies(line -> {
            assertThat(line.itemId()).isEqualTo("americano");
            assertThat(line.prepSeconds()).isEqualTo(90);
            assertThat(line.options()).extracting(o -> o.en()).containsExactly("Regular", "Hot");
        });
        assertThat(view(order.orderId()).status().isPaid()).isTrue();
    }

    @Test
    void aCustomersContactTravelsOnlyWhereNoTerminalMayListen() throws Exception {
        String contact = "guest-" + UUID.randomUUID() + "@example.com";
        PlaceOrder withContact = order(4_500, americano(1));
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, new PlaceOrder(
                withContact.idempotencyKey(), withContact.kioskId(), withContact.orderType(), withContact.lines(),
                withContact.expectedTotalWon(), withContact.card(), contact));
        OrderAccepted order = kiosk.json().convertValue(reply.data(), OrderAccepted.class);
        services.publishEvent(Addresses.PAYMENT_EVENTS, "PaymentApproved", order.orderId(),
                new PaymentApproved(order.orderId(), 1, "pay-" + order.orderNumber(), order.totalWon(), "AUTH1", "VISA", "4242"));

        OrderPaid paid = orderEvents.body(orderEvents.await("OrderPaid", order.orderId()), OrderPaid.class);
        assertThat(paid.contact()).isEqualTo(contact);
        awaitStatus(order.orderId(), OrderStatus.PAID);
        assertThat(kioskEvents.all()).extracting(heard -> heard.body().toString())
                .noneMatch(body -> body.contains(contact));
    }

    @Test
    void aDeclinedOrderCanBePaidWithAnotherCardAsTheNextAttempt() throws Exception {
        EventRecorder paymentRequests = services.record(Addresses.PAYMENT_REQUESTS);
        OrderAccepted order = declinedOrder();
        OrderUpdate declined = awaitStatus(order.orderId(), OrderStatus.PAYMENT_FAILED);
        assertThat(declined.reasonCode()).isEqualTo("CARD_DECLINED");
        assertThat(view(order.orderId()).failureReason()).isEqualTo("CARD_DECLINED");

        Reply retry = retryAtTheKiosk(order);

        assertThat(retry.isOk()).isTrue();
        assertThat(kiosk.json().convertValue(retry.data(), OrderAccepted.class).orderNumber())
                .isEqualTo(order.orderNumber());
        var second = paymentRequests.await("PaymentRequested",
                body -> order.orderId().equals(body.path("orderId").asText()) && body.path("attempt").asInt() == 2);
        assertThat(paymentRequests.body(second, PaymentRequested.class).card()).isEqualTo(APPROVING_CARD);
    }

    /** A retry's answer was lost, and the kiosk sends it again after that card was declined too. */
    @Test
    void aRetrySentAgainAfterItsCardWasDeclinedIsAnsweredWithThatDeclineAndOpensNoOtherAttempt()
            throws Exception {
        OrderAccepted order = declinedOrder();
        awaitStatus(order.orderId(), OrderStatus.PAYMENT_FAILED);
        RetryPayment retry = new RetryPayment(order.orderId(), DECLINING_CARD, placedWithKey.get(order.orderId()),
                order.paymentAttempt());
        assertThat(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.RETRY_PAYMENT, retry).isOk()).isTrue();
        await().atMost(DEADLINE).until(() -> view(order.orderId()).status() == OrderStatus.PAYMENT_FAILED);

        Reply again = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.RETRY_PAYMENT, retry);

        assertThat(again.isOk()).as(again.message()).isTrue();
        OrderAccepted answer = kiosk.json().convertValue(again.data(), OrderAccepted.class);
        assertThat(answer.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(answer.paymentAttempt()).as("the attempt the first send opened").isEqualTo(2);
        assertThat(view(order.orderId()).status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
    }

    @Test
    void theOrderFollowsItsTicketThroughTheBarAndBackOnARecall() throws Exception {
        OrderAccepted order = paidOrder();

        throughTheBar(order);
        barMoves(order, MessageTypes.TICKET_RECALLED, TicketStatus.READY);

        awaitView(order.orderId(), OrderStatus.READY);
    }

    @Test
    void theKiosksFeedStopsAtPaymentWhileGetOrderFollowsTheBar() throws Exception {
        OrderAccepted order = paidOrder();
        throughTheBar(order);

        OrderAccepted next = place(APPROVING_CARD);
        awaitStatus(next.orderId(), OrderStatus.CREATED);

        assertThat(kioskEvents.all()).filteredOn(heard -> order.orderId().equals(heard.orderId()))
                .extracting(heard -> heard.body().path("status").asText())
                .as("ordering's events leave in the order they were written: the bar's moves came before the next order")
                .containsExactly("CREATED", "PAID");
    }

    /** The bar makes the order, each move waited for in the kiosk's GetOrder answer. */
    private void throughTheBar(OrderAccepted order) throws Exception {
        barMoves(order, MessageTypes.TICKET_QUEUED, TicketStatus.QUEUED);
        awaitView(order.orderId(), OrderStatus.QUEUED);
        barMoves(order, MessageTypes.TICKET_STARTED, TicketStatus.IN_PREPARATION);
        awaitView(order.orderId(), OrderStatus.IN_PREPARATION);
        barMoves(order, MessageTypes.TICKET_READY, TicketStatus.READY);
        awaitView(order.orderId(), OrderStatus.READY);
        barMoves(order, MessageTypes.TICKET_PICKED_UP, TicketStatus.PICKED_UP);
        awaitView(order.orderId(), OrderStatus.PICKED_UP);
    }

    @Test
    void illegalMovesAreRefused() throws Exception {
        OrderAccepted unpaid = place(APPROVING_CARD);
        OrderAccepted paid = paidOrder();
        barMoves(paid, MessageTypes.TICKET_QUEUED, TicketStatus.QUEUED);
        barMoves(paid, MessageTypes.TICKET_STARTED, TicketStatus.IN_PREPARATION);
        awaitView(paid.orderId(), OrderStatus.IN_PREPARATION);

        assertThat(retryAtTheKiosk(paid).code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(cancelAtTheKiosk(paid, "changed my mind").code()).isEqualTo("FORBIDDEN");
        assertThat(barista.request(Addresses.ORDER_STAFF_COMMANDS, MessageTypes.CANCEL_ORDER,
                new CancelOrder(paid.orderId(), "too late")).code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.GET_ORDER,
                Map.of("orderId", "no-such-order")).code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(view(paid.orderId()).status()).isEqualTo(OrderStatus.IN_PREPARATION);
        assertThat(view(unpaid.orderId()).orderNumber()).isEqualTo(unpaid.orderNumber());
    }

    @Test
    void aKioskCannotCancelAnOrderAnotherKioskPlaced() throws Exception {
        OrderAccepted order = declinedOrder();
        awaitStatus(order.orderId(), OrderStatus.PAYMENT_FAILED);
        TestTerminal otherKiosk = store.terminal(Role.KIOSK);

        for (String guess : new String[] {null, "", UUID.randomUUID().toString()}) {
            assertThat(otherKiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.CANCEL_ORDER,
                    new CancelOrder(order.orderId(), "not mine", guess)).code()).isEqualTo("FORBIDDEN");
        }
        assertThat(view(order.orderId()).status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
    }

    @Test
    void aKioskCannotPayAgainForAnOrderAnotherKioskPlaced() throws Exception {
        EventRecorder paymentRequests = services.record(Addresses.PAYMENT_REQUESTS);
        OrderAccepted order = declinedOrder();
        awaitStatus(order.orderId(), OrderStatus.PAYMENT_FAILED);
        TestTerminal otherKiosk = store.terminal(Role.KIOSK);
        CardToken othersCard = new CardToken(TestCards.APPROVE, "MASTERCARD", "5454");

        for (String guess : new String[] {null, "", UUID.randomUUID().toString()}) {
            Reply refused = otherKiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.RETRY_PAYMENT,
                    new RetryPayment(order.orderId(), othersCard, guess, order.paymentAttempt()));
            assertThat(refused.code()).isEqualTo("FORBIDDEN");
            assertThat(refused.message()).isEqualTo("a kiosk may pay again for only an order it placed itself");
        }
        assertThat(view(order.orderId()).status()).isEqualTo(OrderStatus.PAYMENT_FAILED);

        assertThat(retryAtTheKiosk(order).isOk()).isTrue();
        var next = paymentRequests.await("PaymentRequested",
                body -> order.orderId().equals(body.path("orderId").asText()) && body.path("attempt").asInt() > 1);
        PaymentRequested retried = paymentRequests.body(next, PaymentRequested.class);
        assertThat(retried.card()).as("the refused tries asked for no charge").isEqualTo(APPROVING_CARD);
        assertThat(retried.attempt()).isEqualTo(2);
    }

    @Test
    void aKioskAbandonsAnUnpaidOrderWithoutARefund() throws Exception {
        OrderAccepted order = declinedOrder();
        awaitStatus(order.orderId(), OrderStatus.PAYMENT_FAILED);

        Reply reply = cancelAtTheKiosk(order, "customer left");

        assertThat(reply.isOk()).isTrue();
        awaitStatus(order.orderId(), OrderStatus.CANCELLED);
        OrderCancelled cancelled = orderEvents.body(orderEvents.await("OrderCancelled", order.orderId()),
                OrderCancelled.class);
        assertThat(cancelled.refundDue()).isFalse();
    }

    @Test
    void staffCancelAPaidOrderAndItsRefundIsDue() throws Exception {
        OrderAccepted order = paidOrder();

        Reply reply = barista.request(Addresses.ORDER_STAFF_COMMANDS, MessageTypes.CANCEL_ORDER,
                new CancelOrder(order.orderId(), "out of milk"));

        assertThat(reply.isOk()).isTrue();
        OrderCancelled cancelled = orderEvents.body(orderEvents.await("OrderCancelled", order.orderId()),
                OrderCancelled.class);
        assertThat(cancelled.refundDue()).isTrue();
        assertThat(cancelled.amountWon()).isEqualTo(4_500);
        assertThat(view(order.orderId()).status()).isEqualTo(OrderStatus.CANCELLED);
    }
}
