package cafe.core.deadletter;

import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.CardToken;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Role;
import cafe.core.ledger.Finding;
import cafe.core.ledger.LedgerCheck;
import cafe.core.ledger.LedgerReport;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.messaging.Topology;
import cafe.core.server.LedgerAssertions;
import cafe.core.server.RunningStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing the broker gives up on ends in silence: it is made up for, or kept for staff. */
class DeadLetterOfficeTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    private RunningStore store;

    @BeforeEach
    void open() {
        store = RunningStore.withTestMenu(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    /**
     * A payment request the card network never answers fails three deliveries, goes to the dead
     * letters and is made up for exactly once: one decline, one PaymentDeclined, the order told.
     */
    @Test
    void aDeadPaymentRequestIsMadeUpForByPaymentAndKeptWithoutItsCardToken() throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        OrderAccepted order = kiosk.json().convertValue(kiosk.request(Addresses.ORDER_COMMANDS,
                MessageTypes.PLACE_ORDER, order(new CardToken(TestCards.TIMEOUT, "VISA", "0000"), 4_500,
                        americano(1))).data(), OrderAccepted.class);

        await().atMost(DEADLINE).until(() -> kept("order_id = '%s'", order.orderId()) == 1);

        assertThat(kept("order_id = '%s' and type = 'PaymentRequested' and original_queue = 'payment.requests'"
                + " and handled_by like 'payment declines%%' and body is null", order.orderId())).isEqualTo(1);
        await().atMost(DEADLINE).until(() -> store.query("ordering", "select count(*) from customer_order"
                + " where status = 'PAYMENT_FAILED' and order_id = '" + order.orderId() + "'") == 1);
        assertThat(store.server().cardNetwork().callsFor(order.orderId() + ":1")).as("deliveries").isEqualTo(3);
        assertThat(store.query("payment", "select count(*) from payment where order_id = '" + order.orderId()
                + "' and decline_code = 'UNAVAILABLE'")).isEqualTo(1);
        assertThat(store.query("payment", "select count(*) from outbox where type = 'PaymentDeclined'"))
                .as("compensations").isEqualTo(1);
        LedgerAssertions.storeIsClean(store.databases());
        assertThat(store.server().queueDepth(Topology.DEAD_LETTERS.queue())).isZero();
        assertThat(store.server().queueDepth(Topology.PAYMENT_DEAD_REQUESTS.queue())).isZero();
    }

    @Test
    void aPoisonEventNothingMakesUpForIsKeptForStaffWithItsOrder() throws Exception {
        String orderId = "o-" + UUID.randomUUID();
        try (TestTerminal services = store.terminal(Role.ADMIN)) {
            services.publish(Addresses.ORDER_SERVICE_EVENTS, "{\"orderId\": 12", Map.of(Headers.TYPE, "OrderPaid",
                    Headers.EVENT_ID, UUID.randomUUID().toString(), Headers.ORDER_ID, orderId));
        }

        await().atMost(DEADLINE).until(() -> kept("order_id = '%s' and handled_by is null", orderId) == 2);
        assertThat(kept("order_id = '%s' and body = '{\"orderId\": 12'", orderId)).isEqualTo(2);
        assertThat(kept("order_id = '%s' and original_queue in ('barista.order-events', 'notification.order-events')",
                orderId)).isEqualTo(2);
        LedgerReport ledger = LedgerCheck.run(store.databases());
        assertThat(ledger.findings()).as("the ledger shows staff what waits for them").hasSize(2)
                .allMatch(finding -> finding.kind() == Finding.Kind.WAITING_FOR_STAFF && orderId.equals(finding.orderId()));
    }

    private long kept(String where, String orderId) throws Exception {
        return store.query(DeadLetterContext.DATABASE, "select count(*) from dead_letter where "
                + String.format(where, orderId));
    }
}
