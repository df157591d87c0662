package cafe.core.order;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.croissant;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.order.CardToken;
import cafe.contract.order.CartLine;
import cafe.contract.order.CartProblem;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.PlaceOrder;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.events.PaymentRequested;
import cafe.core.platform.EventRecorder;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceOrderTest {

    private RunningStore store;
    private TestTerminal kiosk;

    @BeforeAll
    void start(@TempDir Path dataDir) throws Exception {
        store = RunningStore.withTestMenu(dataDir);
        kiosk = store.terminal(Role.KIOSK);
    }

    @AfterAll
    void stop() throws Exception {
        store.close();
    }

    private Reply place(Object command) throws Exception {
        return kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, command);
    }

    @Test
    void anOrderIsStoredWithItsPaymentRequestAndTheKioskHearsItWasCreated() throws Exception {
        EventRecorder kioskEvents = kiosk.record(Addresses.ORDER_EVENTS);
        EventRecorder paymentRequests = store.terminal(Role.ADMIN).record(Addresses.PAYMENT_REQUESTS);

        Reply reply = place(order(12_800, americano(2), croissant(1)));

        assertThat(reply.isOk()).isTrue();
        OrderAccepted accepted = kiosk.json().convertValue(reply.data(), OrderAccepted.class);
        assertThat(accepted.totalWon()).isEqualTo(12_800);
        assertThat(accepted.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(accepted.orderNumber()).isGreaterThanOrEqualTo(101);

        var request = paymentRequests.body(paymentRequests.await("PaymentRequested", accepted.orderId()),
                PaymentRequested.class);
        assertThat(request.attempt()).isEqualTo(1);
        assertThat(request.amountWon()).isEqualTo(12_800);
        assertThat(request.card()).isEqualTo(APPROVING_CARD);
        var update = kioskEvents.body(kioskEvents.await(MessageTypes.ORDER_UPDATED, accepted.orderId()),
                OrderUpdate.class);
        assertThat(update.orderNumber()).isEqualTo(accepted.orderNumber());
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameOrderAndStoresNothingNew() throws Exception {
        PlaceOrder command = order(4_500, americano(1));
        OrderAccepted first = kiosk.json().convertValue(place(command).data(), OrderAccepted.class);
        long orders = store.query("ordering", "select count(*) from customer_order");
        // payment runs too and may pay the order meanwhile: count only what placing an order writes
        long events = store.query("ordering", "select count(*) from outbox where type = 'PaymentRequested'");

        OrderAccepted again = kiosk.json().convertValue(place(command).data(), OrderAccepted.class);

        assertThat(again.orderId()).isEqualTo(first.orderId());
        assertThat(again.orderNumber()).isEqualTo(first.orderNumber());
        assertThat(store.query("ordering", "select count(*) from customer_order")).isEqualTo(orders);
        assertThat(store.query("ordering", "select count(*) from outbox where type = 'PaymentRequested'"))
                .isEqualTo(events);
    }

    @Test
    void theSameKeyWithAnotherCartIsRefusedAndTheFirstOrderStands() throws Exception {
        PlaceOrder first = order(4_500, americano(1));
        OrderAccepted placed = kiosk.json().convertValue(place(first).data(), OrderAccepted.class);
        PlaceOrder reused = new PlaceOrder(first.idempotencyKey(), first.kioskId(), first.orderType(),
                List.of(americano(2)), 9_000, first.card(), null);

        Reply reply = place(reused);

        assertThat(reply.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(store.query("ordering", "select total_won from customer_order where order_id = '"
                + placed.orderId() + "'")).isEqualTo(4_500);
        assertThat(kiosk.json().convertValue(place(first).data(), OrderAccepted.class).orderId())
                .isEqualTo(placed.orderId());
    }

    Stream<Arguments> refusedCarts() {
        return Stream.of(
                Arguments.of("EMPTY_CART", order(0)),
                Arguments.of("UNKNOWN_ITEM", order(1_000, new CartLine("flat-white", List.of(), 1))),
                Arguments.of("ITEM_SOLD_OUT", order(6_000, new CartLine("seasonal-ade", List.of(), 1))),
                Arguments.of("INVALID_OPTION", order(4_500, new CartLine("americano",
                        List.of("size-regular", "hot", "no-such-option"), 1))),
                Arguments.of("INVALID_OPTION", order(4_800, new CartLine("americano",
                        List.of("size-regular", "hot", "vanilla"), 1))),
                Arguments.of("INVALID_OPTION", order(4_500, new CartLine("americano", List.of("hot"), 1))),
                Arguments.of("INVALID_OPTION", order(5_000, new CartLine("americano",
                        List.of("size-regular", "size-large", "hot"), 1))),
                Arguments.of("INVALID_QUANTITY", order(0, americano(0))),
                Arguments.of("INVALID_QUANTITY", order(450_000, americano(100))),
                Arguments.of("MENU_CHANGED", order(4_000, americano(1))),
                Arguments.of("MISSING_FIELD", new PlaceOrder(null, "kiosk-1", OrderType.DINE_IN,
                        List.of(americano(1)), 4_500, APPROVING_CARD, null)),
                Arguments.of("MISSING_FIELD", new PlaceOrder("key-no-card", "kiosk-1", OrderType.DINE_IN,
                        List.of(americano(1)), 4_500, null, null)),
                Arguments.of("MISSING_FIELD", new PlaceOrder("key-no-type", "kiosk-1", null,
                        List.of(americano(1)), 4_500, APPROVING_CARD, null)),
                Arguments.of("MISSING_FIELD", new PlaceOrder("key-no-lines", "kiosk-1", OrderType.DINE_IN,
                        null, 4_500, APPROVING_CARD, null)),
                Arguments.of("ORDER_TOO_LARGE", order(31 * 4_500, Collections.nCopies(31, americano(1))
                        .toArray(CartLine[]::new))),
                Arguments.of("ORDER_TOO_LARGE", order(3 * 99 * 4_500, americano(99), americano(99), americano(99))),
                Arguments.of("FIELD_TOO_LONG", new PlaceOrder("key-long-kiosk", "k".repeat(65), OrderType.DINE_IN,
                        List.of(americano(1)), 4_500, APPROVING_CARD, null)),
                Arguments.of("FIELD_TOO_LONG", new PlaceOrder("k".repeat(65), "kiosk-1", OrderType.DINE_IN,
                        List.of(americano(1)), 4_500, APPROVING_CARD, null)),
                Arguments.of("FIELD_TOO_LONG", new PlaceOrder("key-long-contact", "kiosk-1", OrderType.DINE_IN,
                        List.of(americano(1)), 4_500, APPROVING_CARD, "a".repeat(95) + "@x.com")),
                Arguments.of("FIELD_TOO_LONG", new PlaceOrder("key-long-token", "kiosk-1", OrderType.DINE_IN,
                        List.of(americano(1)), 4_500, new CardToken("t".repeat(257), "VISA", "4242"), null)),
                Arguments.of("MALFORMED_REQUEST", "{\"lines\": 12"),
                Arguments.of("MALFORMED_REQUEST", "{\"orderType\": \"TO_THE_MOON\"}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedCarts")
    void aRefusedCartGetsItsCodeAndStoresNothing(String code, Object command) throws Exception {
        long orders = store.query("ordering", "select count(*) from customer_order");
        // payment runs too and may pay the order meanwhile: count only what placing an order writes
        long events = store.query("ordering", "select count(*) from outbox where type = 'PaymentRequested'");

        Reply reply = place(command);

        assertThat(reply.status()).isEqualTo(Reply.ERROR);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.message()).isNotBlank();
        assertThat(store.query("ordering", "select count(*) from customer_order")).isEqualTo(orders);
        assertThat(store.query("ordering", "select count(*) from outbox where type = 'PaymentRequested'"))
                .isEqualTo(events);
    }

    @Test
    void aChangedTotalTellsTheKioskEveryLinesCurrentPrice() throws Exception {
        Reply reply = place(order(8_000, americano(1), new CartLine("americano", List.of("size-large", "iced",
                "shot-1"), 1)));

        assertThat(reply.code()).isEqualTo("MENU_CHANGED");
        List<CartProblem> problems = kiosk.json().convertValue(reply.data(), new TypeReference<>() { });
        assertThat(problems).containsExactly(new CartProblem(0, "americano", "PRICE_CHANGED", 4_500),
                new CartProblem(1, "americano", "PRICE_CHANGED", 5_500));
    }

    @Test
    void aSoldOutLineIsNamedInTheDetails() throws Exception {
        Reply reply = place(order(10_500, americano(1), new CartLine("seasonal-ade", List.of(), 1)));

        assertThat(reply.code()).isEqualTo("ITEM_SOLD_OUT");
        List<CartProblem> problems = kiosk.json().convertValue(reply.data(), new TypeReference<>() { });
        assertThat(problems).containsExactly(new CartProblem(1, "seasonal-ade", "SOLD_OUT", 6_000));
    }
}
