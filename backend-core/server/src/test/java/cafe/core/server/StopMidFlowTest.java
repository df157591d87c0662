package cafe.core.server;

import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.barista.BarQueue;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderView;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.deadletter.DeadLetterContext;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.messaging.DurableSubscription;
import cafe.core.platform.messaging.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A StoreServer stopped after the payment was approved and before the bar queued the ticket, with
 * the event in between still in the broker's journal and, as a crash right after sending would
 * leave it, not yet marked as sent in its outbox. Started again, it loses nothing and does nothing twice.
 */
class StopMidFlowTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;
    private RunningStore store;

    @BeforeEach
    void openTheStore() {
        store = RunningStore.withTestMenu(dataDir);
    }

    @AfterEach
    void closeTheStore() throws Exception {
        store.close();
    }

    /** Where an order is held when the store stops, and the event that would move it on. */
    private record Held(DurableSubscription queue, String sender, String event, OrderStatus statusWhenStopped) {
    }

    private static final Held APPROVED_NOT_TOLD = new Held(Topology.ORDERING_PAYMENT_EVENTS, "payment",
            "PaymentApproved", OrderStatus.CREATED);
    private static final Held PAID_NOT_AT_THE_BAR = new Held(Topology.BARISTA_ORDER_EVENTS, "ordering", "OrderPaid",
            OrderStatus.PAID);

    @Test
    void aStopBetweenApprovedAndQueuedLosesNothingAndDuplicatesNothing() throws Exception {
        TestTerminal admin = store.terminal(Role.ADMIN);
        OrderAccepted paid = holdAt(admin, PAID_NOT_AT_THE_BAR);
        OrderAccepted approved = holdAt(admin, APPROVED_NOT_TOLD);

        store.stop();
        markUnsent(PAID_NOT_AT_THE_BAR, paid);
        markUnsent(APPROVED_NOT_TOLD, approved);
        store.start();

        await().atMost(DEADLINE).until(() -> status(paid) == OrderStatus.QUEUED
                && status(approved) == OrderStatus.QUEUED);
        assertThat(barQueue().active()).extracting(Ticket::orderId).containsExactly(paid.orderId(), approved.orderId());
        for (OrderAccepted order : new OrderAccepted[] {paid, approved}) {
            finishAtTheBar(order);
            await().atMost(DEADLINE).until(() -> status(order) == OrderStatus.PICKED_UP);
            await().atMost(DEADLINE).until(() -> count("notification",
                    "select count(*) from notification where status = 'SENT' and order_id = '%s'", order) == 1);
            assertOnceEach(order);
        }
        assertThat(store.server().queueDepth(APPROVED_NOT_TOLD.queue().queue())).isZero();
        assertThat(store.server().queueDepth(PAID_NOT_AT_THE_BAR.queue().queue())).isZero();
        assertThat(store.query(DeadLetterContext.DATABASE, "select count(*) from dead_letter")).as("dead letters").isZero();
        LedgerAssertions.storeIsClean(dataDir);
    }

    /** Pauses the queue the order's next event goes to, places the order and waits until the event waits there. */
    private OrderAccepted holdAt(TestTerminal admin, Held held) throws Exception {
        admin.manage("queue." + held.queue().queue(), "pause");
        OrderAccepted order = place();
        await().atMost(DEADLINE).until(() -> store.server().queueDepth(held.queue().queue()) == 1);
        assertThat(status(order)).isEqualTo(held.statusWhenStopped());
        assertThat(count("payment", "select count(*) from payment where status = 'APPROVED' and order_id = '%s'",
                order)).isEqualTo(1);
        return order;
    }

    /** As a crash between sending the event and marking it sent leaves the outbox: the relay sends it again. */
    private void markUnsent(Held held, OrderAccepted order) throws Exception {
        store.execute(held.sender(), "update outbox set published = 0, published_at = null where type = '"
                + held.event() + "' and order_id = '" + order.orderId() + "'");
    }

    private void assertOnceEach(OrderAccepted order) throws Exception {
        assertThat(count("payment", "select count(*) from payment where order_id = '%s'", order)).isEqualTo(1);
        assertThat(count("ordering", "select count(*) from outbox where type = 'OrderPaid' and order_id = '%s'",
                order)).isEqualTo(1);
        assertThat(count("barista", "select count(*) from ticket where order_id = '%s'", order)).isEqualTo(1);
        assertThat(count("barista", "select count(*) from outbox where type = 'TicketQueued' and order_id = '%s'",
                order)).isEqualTo(1);
        assertThat(count("notification", "select count(*) from notification where order_id = '%s'", order))
                .isEqualTo(1);
    }

    private OrderAccepted place() throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, order(4_500, americano(1)));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }

    private OrderStatus status(OrderAccepted order) throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        try {
            Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.GET_ORDER,
                    Map.of("orderId", order.orderId()));
            return kiosk.json().convertValue(reply.data(), OrderView.class).status();
        } finally {
            kiosk.close();
        }
    }

    private BarQueue barQueue() throws Exception {
        TestTerminal barista = store.terminal(Role.BARISTA);
        Reply reply = barista.request(Addresses.BARISTA_QUERIES, MessageTypes.GET_BAR_QUEUE, "{}");
        return barista.json().convertValue(reply.data(), BarQueue.class);
    }

    private void finishAtTheBar(OrderAccepted order) throws Exception {
        TestTerminal barista = store.terminal(Role.BARISTA);
        for (String step : new String[] {MessageTypes.START_TICKET, MessageTypes.MARK_READY,
                MessageTypes.MARK_PICKED_UP}) {
            Reply reply = barista.request(Addresses.BARISTA_COMMANDS, step, new TicketAction(order.orderId(), "Bar 1"));
            assertThat(reply.isOk()).as(step + ": " + reply.message()).isTrue();
        }
    }

    private long count(String context, String sql, OrderAccepted order) throws Exception {
        return store.query(context, String.format(sql, order.orderId()));
    }
}
