package cafe.core.barista;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cafe.contract.LocalizedText;
import cafe.contract.barista.BarQueue;
import cafe.contract.barista.CheckItem;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.WaitEstimate;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.events.OrderCancelled;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaidLine;
import cafe.core.platform.TestTerminal;
import cafe.core.testing.EventTap;
import cafe.core.testing.FlowStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bar on the real broker and SQLite: a console's commands and the tickets they move. */
class BarFlowTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;
    private FlowStore store;
    private EventTap ticketEvents;

    @BeforeEach
    void startStoreWithAPaidOrder() throws Exception {
        store = FlowStore.start(dataDir);
        ticketEvents = store.tap(Role.BARISTA, Addresses.BARISTA_FEED);
        pay("o-1", 105);
    }

    @AfterEach
    void stopStore() throws Exception {
        ticketEvents.close();
        store.close();
    }

    @Test
    void aTicketIsStartedMadeReadyAndPickedUp() throws Exception {
        assertThat(ticket(command(MessageTypes.START_TICKET, "o-1", "Bar 1")).status())
                .isEqualTo(TicketStatus.IN_PREPARATION);
        assertThat(ticket(store.request(Role.BARISTA, Addresses.BARISTA_COMMANDS, MessageTypes.CHECK_ITEM,
                new CheckItem("o-1", 0, true))).lines().get(0).done()).isTrue();
        assertThat(ticket(command(MessageTypes.MARK_READY, "o-1", "Bar 1")).status()).isEqualTo(TicketStatus.READY);
        Ticket pickedUp = ticket(command(MessageTypes.MARK_PICKED_UP, "o-1", "Bar 1"));

        assertThat(pickedUp.status()).isEqualTo(TicketStatus.PICKED_UP);
        assertThat(pickedUp.station()).isEqualTo("Bar 1");
        await().atMost(DEADLINE).until(() -> ticketEvents.types("o-1").size() == 5);
        assertThat(ticketEvents.types("o-1")).containsExactly(MessageTypes.TICKET_QUEUED,
                MessageTypes.TICKET_STARTED, MessageTypes.TICKET_ITEM_CHECKED, MessageTypes.TICKET_READY,
                MessageTypes.TICKET_PICKED_UP);
        assertThat(ticketEvents.bodies(MessageTypes.TICKET_PICKED_UP, "o-1", TicketEvent.class).get(0).ticket()
                .version()).isEqualTo(5);
    }

    @Test
    void readyBeforeStartAndPickupBeforeReadyAreRefused() throws Exception {
        Reply readyTooSoon = command(MessageTypes.MARK_READY, "o-1", "Bar 1");
        Reply pickupTooSoon = command(MessageTypes.MARK_PICKED_UP, "o-1", "Bar 1");

        assertThat(readyTooSoon.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION.name());
        assertThat(readyTooSoon.message()).isEqualTo("Order 105 is not started yet");
        assertThat(pickupTooSoon.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION.name());
        assertThat(pickupTooSoon.message()).isEqualTo("Order 105 is not ready yet");
        assertThat(queryAs(Role.BARISTA, MessageTypes.GET_BAR_QUEUE, BarQueue.class).active())
                .extracting(Ticket::status).containsExactly(TicketStatus.QUEUED);
        assertThat(store.count("barista", "select count(*) from ticket where order_id = ? and status = 'QUEUED'"
                + " and ready_at is null and picked_up_at is null", "o-1")).isEqualTo(1);

        assertThat(ticket(command(MessageTypes.START_TICKET, "o-1", "Bar 1")).status())
                .isEqualTo(TicketStatus.IN_PREPARATION);
        await().atMost(DEADLINE).until(() -> ticketEvents.types("o-1").contains(MessageTypes.TICKET_STARTED));
        assertThat(ticketEvents.types("o-1")).as("refused steps announce nothing")
                .containsExactly(MessageTypes.TICKET_QUEUED, MessageTypes.TICKET_STARTED);
    }

    @Test
    void aSecondStartIsRefusedNamingTheStation() throws Exception {
        command(MessageTypes.START_TICKET, "o-1", "Bar 1");

        Reply secondStart = command(MessageTypes.START_TICKET, "o-1", "Bar 2");

        assertThat(secondStart.code()).isEqualTo(ErrorCode.ALREADY_STARTED.name());
        assertThat(secondStart.message()).isEqualTo("Order 105 is already being made at Bar 1");
    }

    @Test
    void aMistakenBumpIsRecalled() throws Exception {
        command(MessageTypes.START_TICKET, "o-1", "Bar 1");
        command(MessageTypes.MARK_READY, "o-1", "Bar 1");

        Ticket recalled = ticket(command(MessageTypes.RECALL_TICKET, "o-1", "Bar 1"));

        assertThat(recalled.status()).isEqualTo(TicketStatus.IN_PREPARATION);
        BarQueue queue = queryAs(Role.BARISTA, MessageTypes.GET_BAR_QUEUE, BarQueue.class);
        assertThat(queue.active()).extracting(Ticket::status).containsExactly(TicketStatus.IN_PREPARATION);
        assertThat(queue.recallable()).isEmpty();
    }

    @Test
    void aRecallDeliveredAgainAfterTheTicketWasBumpedOnceMoreLeavesItWhereItIs() throws Exception {
        command(MessageTypes.START_TICKET, "o-1", "Bar 1");
        command(MessageTypes.MARK_READY, "o-1", "Bar 1");
        UUID recallId = UUID.randomUUID();
        try (TestTerminal console = store.terminal(Role.BARISTA)) {
            Reply recalled = console.request(Addresses.BARISTA_COMMANDS, MessageTypes.RECALL_TICKET,
                    new TicketAction("o-1", "Bar 1"), recallId);
            command(MessageTypes.MARK_READY, "o-1", "Bar 1");

            Reply deliveredAgain = console.request(Addresses.BARISTA_COMMANDS, MessageTypes.RECALL_TICKET,
                    new TicketAction("o-1", "Bar 1"), recallId);

            assertThat(ticket(deliveredAgain)).isEqualTo(ticket(recalled));
        }
        assertThat(queryAs(Role.BARISTA, MessageTypes.GET_BAR_QUEUE, BarQueue.class).recallable())
                .extracting(Ticket::status).containsExactly(TicketStatus.READY);
        await().atMost(DEADLINE).until(() -> ticketEvents.types("o-1").size() == 5);
        assertThat(ticketEvents.types("o-1")).containsExactly(MessageTypes.TICKET_QUEUED, MessageTypes.TICKET_STARTED,
                MessageTypes.TICKET_READY, MessageTypes.TICKET_RECALLED, MessageTypes.TICKET_READY);
    }

    @Test
    void theQueueStatsAndWaitAreAnsweredToConsolesAndKiosks() throws Exception {
        pay("o-2", 106);
        command(MessageTypes.START_TICKET, "o-1", "Bar 1");
        command(MessageTypes.MARK_READY, "o-1", "Bar 1");

        BarQueue queue = queryAs(Role.BARISTA, MessageTypes.GET_BAR_QUEUE, BarQueue.class);
        DayStats stats = queryAs(Role.BARISTA, MessageTypes.GET_DAY_STATS, DayStats.class);
        WaitEstimate wait = queryAs(Role.KIOSK, MessageTypes.GET_WAIT_ESTIMATE, WaitEstimate.class);

        assertThat(queue.active()).extracting(Ticket::orderNumber).containsExactly(105, 106);
        assertThat(queue.recallable()).extracting(Ticket::orderNumber).containsExactly(105);
        assertThat(stats.ordersCompleted()).isEqualTo(1);
        assertThat(stats.queueLength()).isEqualTo(1);
        assertThat(wait).isEqualTo(new WaitEstimate(1, 3, 2));
    }

    @Test
    void aCancelledQueuedOrderLeavesTheBar() throws Exception {
        store.publish(Addresses.ORDER_SERVICE_EVENTS, "o-1",
                new OrderCancelled("o-1", 105, true, 9_000, "changed mind"));

        await().atMost(DEADLINE).until(() -> ticketEvents.types("o-1").contains(MessageTypes.TICKET_CANCELLED));
        BarQueue bar = queryAs(Role.BARISTA, MessageTypes.GET_BAR_QUEUE, BarQueue.class);
        assertThat(bar.active()).isEmpty();
        assertThat(bar.stoppedInHand()).as("never in hand").isEmpty();
        assertThat(command(MessageTypes.START_TICKET, "o-1", "Bar 1").message()).isEqualTo("Order 105 was cancelled");
    }

    @Test
    void anOrderCancelledWhileItsDrinkIsMadeLeavesTheBarAndIsNotHandedOver() throws Exception {
        command(MessageTypes.START_TICKET, "o-1", "Bar 1");
        // ordering had not heard of the start yet: it cancelled and refunded the order
        store.publish(Addresses.ORDER_SERVICE_EVENTS, "o-1",
                new OrderCancelled("o-1", 105, true, 9_000, "customer left"));

        await().atMost(DEADLINE).until(() -> ticketEvents.types("o-1").contains(MessageTypes.TICKET_CANCELLED));
        BarQueue bar = queryAs(Role.BARISTA, MessageTypes.GET_BAR_QUEUE, BarQueue.class);
        assertThat(bar.active()).isEmpty();
        assertThat(bar.stoppedInHand()).as("for a console that was offline meanwhile")
                .extracting(Ticket::orderNumber, Ticket::status).containsExactly(tuple(105, TicketStatus.CANCELLED));
        assertThat(command(MessageTypes.MARK_READY, "o-1", "Bar 1").message()).isEqualTo("Order 105 was cancelled");
    }

    @Test
    void anOrderCancelledBeforeItsPaymentReachedTheBarGetsNoTicketWhenItComes() throws Exception {
        store.publish(Addresses.ORDER_SERVICE_EVENTS, "o-2",
                new OrderCancelled("o-2", 106, true, 9_000, "staff cancelled"));
        publishPaid("o-2", 106);

        pay("o-3", 107); // after o-2's events on the bar's one subscriber

        assertThat(ticketEvents.types("o-2")).isEmpty();
        assertThat(queryAs(Role.BARISTA, MessageTypes.GET_BAR_QUEUE, BarQueue.class).active())
                .extracting(Ticket::orderId).containsExactly("o-1", "o-3");
    }

    private void pay(String orderId, int number) throws Exception {
        publishPaid(orderId, number);
        await().atMost(DEADLINE).until(() -> ticketEvents.types(orderId).contains(MessageTypes.TICKET_QUEUED));
    }

    private void publishPaid(String orderId, int number) throws Exception {
        store.publish(Addresses.ORDER_SERVICE_EVENTS, orderId, new OrderPaid(orderId, number, OrderType.TAKE_OUT,
                List.of(new PaidLine("americano", new LocalizedText("아메리카노", "Americano"),
                                List.of(new LocalizedText("샷 추가", "Extra shot")), 2, 60, 9_000),
                        new PaidLine("latte", new LocalizedText("카페 라떼", "Caffè latte"), List.of(), 1, 90, 5_000)),
                Instant.now(), null, null, null));
    }

    private Reply command(String type, String orderId, String station) throws Exception {
        return store.request(Role.BARISTA, Addresses.BARISTA_COMMANDS, type, new TicketAction(orderId, station));
    }

    private <T> T queryAs(Role role, String type, Class<T> answer) throws Exception {
        Reply reply = store.request(role, Addresses.BARISTA_QUERIES, type, "{}");
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return store.data(reply, answer);
    }

    private Ticket ticket(Reply reply) {
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return store.data(reply, Ticket.class);
    }
}
