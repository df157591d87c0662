package cafe.core.server;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.payment.adapter.gateway.SimulatedGateway;
import cafe.core.payment.application.PaymentGateway.Approved;
import cafe.core.payment.application.PaymentGateway.ChargeRequest;
import cafe.core.platform.EventRecorder;
import cafe.core.platform.TestTerminal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The card network misbehaving under a real StoreServer (issue 10): it approves and then hangs,
 * it fails every call and comes back, the store restarts in between. Each ends with the order's
 * ledger checks.
 */
class CardNetworkTest {

    private static final CardToken HANGING_CARD = new CardToken(TestCards.APPROVE_THEN_HANG, "VISA", "0005");
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration BREAKER_OPEN_FOR = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;
    private RunningStore store;
    private TestTerminal kiosk;
    private EventRecorder orderEvents;

    @BeforeEach
    void openTheStore() throws Exception {
        store = new RunningStore(StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU)
                .withGateway(new GatewaySimulation(Duration.ZERO, Duration.ofMillis(500), 0, BREAKER_OPEN_FOR)));
        connectKiosk();
    }

    private void connectKiosk() throws Exception {
        kiosk = store.terminal(Role.KIOSK);
        orderEvents = kiosk.record(Addresses.ORDER_EVENTS);
    }

    /** Every scenario ends with the whole store's ledger clean. */
    @AfterEach
    void closeTheStore() throws Exception {
        try {
            LedgerAssertions.storeIsClean(dataDir);
        } finally {
            store.close();
        }
    }

    @Test
    void aNetworkThatHangsAfterApprovingIsAskedAndTheOrderIsPaidWithOneCharge() throws Exception {
        OrderAccepted order = place(HANGING_CARD);

        awaitStatus(order, OrderStatus.PAID);

        SimulatedGateway network = store.server().cardNetwork();
        assertThat(network.chargesMade()).isEqualTo(1);
        assertThat(network.callsFor(order.orderId() + ":1")).as("never sent a second time").isEqualTo(1);
        LedgerAssertions.holdsFor(store, order.orderId());
    }

    @Test
    void aNetworkThatFailsEveryCallIsHeldBackKiosksAreToldAtOnceAndItIsUsedAgainWhenBack() throws Exception {
        SimulatedGateway network = store.server().cardNetwork();
        network.goDown();
        OrderAccepted first = place(APPROVING_CARD);
        assertThat(awaitStatus(first, OrderStatus.PAYMENT_FAILED).reasonCode()).isEqualTo("UNAVAILABLE");

        OrderAccepted whileOffline = place(APPROVING_CARD);
        OrderUpdate told = awaitStatus(whileOffline, OrderStatus.PAYMENT_FAILED);

        assertThat(told.reasonCode()).isEqualTo("UNAVAILABLE");
        assertThat(network.callsFor(whileOffline.orderId() + ":1")).as("not sent: nobody waited for it").isZero();

        network.comeBack();
        OrderAccepted afterwards = await().atMost(DEADLINE).until(() -> place(APPROVING_CARD),
                placed -> reached(placed, OrderStatus.PAID));
        assertThat(network.chargesMade()).isEqualTo(1);
        for (OrderAccepted order : new OrderAccepted[] {first, whileOffline, afterwards}) {
            LedgerAssertions.holdsFor(store, order.orderId());
        }
    }

    @Test
    void aPaidOrderCancelledWhileTheNetworkIsDownIsRefundedOnceItIsBack() throws Exception {
        OrderAccepted order = place(APPROVING_CARD);
        awaitStatus(order, OrderStatus.PAID);
        SimulatedGateway network = store.server().cardNetwork();
        network.goDown();

        Reply cancel = store.terminal(Role.BARISTA).request(Addresses.ORDER_STAFF_COMMANDS, MessageTypes.CANCEL_ORDER,
                new CancelOrder(order.orderId(), "customer left"));
        assertThat(cancel.isOk()).as(cancel.message()).isTrue();
        awaitStatus(order, OrderStatus.CANCELLED);
        await().atMost(DEADLINE).until(() -> store.query("payment", "select count(*) from payment where refund_due = 1"
                + " and order_id = '" + order.orderId() + "'") == 1);
        assertThat(network.refundsMade()).isZero();

        network.comeBack();

        await().atMost(DEADLINE).until(() -> store.query("payment", "select count(*) from payment where status ="
                + " 'REFUNDED' and refund_due = 0 and order_id = '" + order.orderId() + "'") == 1);
        assertThat(network.refundsMade()).isEqualTo(1);
        assertThat(store.query("deadletters", "select count(*) from dead_letter")).isZero();
    }

    @Test
    void theNetworkRemembersItsAnswersAndNeverRepeatsAnApprovalCodeAcrossRestarts() throws Exception {
        OrderAccepted before = place(APPROVING_CARD);
        awaitStatus(before, OrderStatus.PAID);
        String firstCode = approvalCode(before);

        store.restart();
        connectKiosk();
        SimulatedGateway network = store.server().cardNetwork();

        assertThat(network.charge(new ChargeRequest(before.orderId() + ":1", before.orderId(), 4_500,
                TestCards.APPROVE))).as("the first answer to a known key").isEqualTo(new Approved(firstCode));
        Set<String> codes = new HashSet<>(Set.of(firstCode));
        for (int i = 0; i < 3; i++) {
            OrderAccepted after = place(APPROVING_CARD);
            awaitStatus(after, OrderStatus.PAID);
            assertThat(codes.add(approvalCode(after))).as("a new approval code").isTrue();
            LedgerAssertions.holdsFor(store, after.orderId());
        }
    }

    private OrderAccepted place(CardToken card) throws Exception {
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER,
                order(card, 4_500, americano(1)));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }

    private OrderUpdate awaitStatus(OrderAccepted order, OrderStatus status) {
        var heard = orderEvents.await(MessageTypes.ORDER_UPDATED, body -> order.orderId()
                .equals(body.path("orderId").asText()) && status.name().equals(body.path("status").asText()));
        return orderEvents.body(heard, OrderUpdate.class);
    }

    /** Waits for the order's payment outcome and tells whether it is the status asked for. */
    private boolean reached(OrderAccepted order, OrderStatus status) {
        var outcome = orderEvents.await(MessageTypes.ORDER_UPDATED, body -> order.orderId()
                .equals(body.path("orderId").asText()) && Set.of("PAID", "PAYMENT_FAILED")
                .contains(body.path("status").asText()));
        return status.name().equals(orderEvents.body(outcome, OrderUpdate.class).status().name());
    }

    private String approvalCode(OrderAccepted order) throws Exception {
        return store.queryText("payment", "select authorization_code from payment where status = 'APPROVED'"
                + " and order_id = '" + order.orderId() + "'");
    }
}
