package cafe.core.crash;

import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.barista.TicketAction;
import cafe.contract.order.OrderAccepted;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.messaging.DurableSubscription;
import cafe.core.platform.messaging.Topology;
import cafe.core.server.LedgerAssertions;
import cafe.core.server.RunningStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every service consumer of an order's way through the store, killed after its database commit and
 * before its acknowledgement, gets the message again when it comes back. A kill cannot be aimed at
 * that instant from outside, so the test leaves the store as such a kill does: the effect committed,
 * the very message (same eventId, headers, body) back in the consumer's queue. It keeps a copy of
 * each message in a queue of its own beside the consumer's (same address, same filter) and, once
 * the order is picked up, moves the copies into the consumers' queues. Each is recognised: nothing
 * is charged, ticketed, notified or published twice, and the ledger is clean.
 */
class RedeliveredAfterCommitTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final List<DurableSubscription> CONSUMERS = List.of(Topology.PAYMENT_REQUESTS,
            Topology.ORDERING_PAYMENT_EVENTS, Topology.BARISTA_ORDER_EVENTS, Topology.NOTIFICATION_ORDER_EVENTS,
            Topology.ORDERING_BARISTA_EVENTS, Topology.NOTIFICATION_BARISTA_EVENTS);
    private static final List<String> CONTEXTS = List.of("ordering", "payment", "barista", "notification");

    @TempDir
    Path dataDir;

    @Test
    void everyConsumerGivenAMessageAgainAfterItsCommitRecognisesItAndDoesNothingTwice() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            TestTerminal admin = store.terminal(Role.ADMIN);
            for (DurableSubscription consumer : CONSUMERS) {
                admin.manage("broker", "createQueue", copies(consumer).toJSON());
            }
            OrderAccepted order = placeAndCollect(store);
            await().atMost(DEADLINE).until(() -> store.query("notification",
                    "select count(*) from notification where status = 'SENT'") == 1);
            LedgerAssertions.storeIsClean(store.databases());
            Map<String, Long> rowsBefore = effects(store);

            for (DurableSubscription consumer : CONSUMERS) {
                long added = messagesAdded(admin, consumer);
                long moved = ((Number) admin.manage("queue." + copies(consumer).getName(), "moveMessages",
                        null, consumer.queue())).longValue();
                assertThat(moved).as("messages " + consumer.queue() + " took").isPositive();
                await().atMost(DEADLINE).until(() -> messagesAdded(admin, consumer) == added + moved
                        && store.server().queueDepth(consumer.queue()) == 0);
            }

            assertThat(effects(store)).isEqualTo(rowsBefore);
            assertThat(store.server().cardNetwork().chargesMade()).isEqualTo(1);
            assertThat(store.query("ordering", "select count(*) from customer_order where order_id = '"
                    + order.orderId() + "' and status = 'PICKED_UP'")).isEqualTo(1);
            LedgerAssertions.storeIsClean(store.databases());
        }
    }

    /** A durable queue beside the consumer's that keeps a copy of everything the consumer gets. */
    private static QueueConfiguration copies(DurableSubscription consumer) {
        return QueueConfiguration.of("copies." + consumer.queue()).setAddress(consumer.address())
                .setRoutingType(RoutingType.MULTICAST).setFilterString(consumer.filter()).setDurable(true);
    }

    private static long messagesAdded(TestTerminal admin, DurableSubscription consumer) throws Exception {
        return ((Number) admin.manage("queue." + consumer.queue(), "getMessagesAdded")).longValue();
    }

    private static OrderAccepted placeAndCollect(RunningStore store) throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        Reply placed = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, order(4_500, americano(1)));
        assertThat(placed.isOk()).as(placed.message()).isTrue();
        OrderAccepted order = kiosk.json().convertValue(placed.data(), OrderAccepted.class);
        await().atMost(DEADLINE).until(() -> store.query("barista", "select count(*) from ticket") == 1);
        TestTerminal barista = store.terminal(Role.BARISTA);
        for (String step : List.of(MessageTypes.START_TICKET, MessageTypes.MARK_READY, MessageTypes.MARK_PICKED_UP)) {
            Reply reply = barista.request(Addresses.BARISTA_COMMANDS, step, new TicketAction(order.orderId(), "Bar 1"));
            assertThat(reply.isOk()).as(step + ": " + reply.message()).isTrue();
        }
        await().atMost(DEADLINE).until(() -> store.query("ordering",
                "select count(*) from customer_order where status = 'PICKED_UP'") == 1);
        return order;
    }

    /**
     * What a second application of any message would add to: payments, tickets, notifications, events,
     * and ordering's steps (all a bar move leaves in ordering).
     */
    private static Map<String, Long> effects(RunningStore store) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("payments", store.query("payment", "select count(*) from payment"));
        rows.put("tickets", store.query("barista", "select count(*) from ticket"));
        rows.put("notifications", store.query("notification", "select count(*) from notification"));
        rows.put("board entries", store.query("notification", "select count(*) from board_entry"));
        rows.put("order steps", store.query("ordering", "select count(*) from order_step"));
        for (String context : CONTEXTS) {
            rows.put(context + " events", store.query(context, "select count(*) from outbox"));
        }
        return rows;
    }
}
