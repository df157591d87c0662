package cafe.core.server;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.OrderAccepted;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.deadletter.DeadLetterContext;
import cafe.core.platform.TestTerminal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stops while the store runs (an operator restarts it, or it crashes) and comes back on
 * the same data. A kiosk asking meanwhile is told in time that the store cannot save now, each
 * time; the payment the card network approved during the outage waits for the database instead of
 * spending its deliveries on the dead letters, and once PostgreSQL is back the order goes on to the
 * bar, charged once.
 */
class PostgresOutageTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /** Long enough for the database to go while the card network decides. */
    private static final GatewaySimulation SLOW_NETWORK = new GatewaySimulation(Duration.ofMillis(3000),
            Duration.ofSeconds(10), 0);

    /**
     * A kiosk asking again and again while the database is down, each answered once the pool has
     * waited for a connection: together longer than a message's three deliveries would last.
     */
    private static final int KIOSK_TRIES_WHILE_DOWN = 3;

    @TempDir
    Path folder;

    @Test
    void aPaymentApprovedWhileTheDatabaseIsDownReachesTheBarOnceItIsBack() throws Exception {
        try (TestPostgres postgres = TestPostgres.startRestartable(folder.resolve("postgres"));
             RunningStore store = new RunningStore(StoreConfig.forTests(folder.resolve("store"))
                     .withMenuResource(RunningStore.TEST_MENU).withGateway(SLOW_NETWORK)
                     .withDatabase(postgres.newDatabase(2)))) {
            TestTerminal kiosk = store.terminal(Role.KIOSK);
            OrderAccepted paying = place(kiosk);
            // payment stores its attempt before it calls: the database stops while the call is out
            await().atMost(DEADLINE).until(() -> store.server().cardNetwork().chargeCalls() == 1);

            postgres.stopWhile(() -> {
                await().atMost(DEADLINE).until(() -> store.server().cardNetwork().chargesMade() == 1);
                for (int tries = 0; tries < KIOSK_TRIES_WHILE_DOWN; tries++) {
                    Reply meanwhile = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER,
                            order(APPROVING_CARD, 4_500, americano(1)));
                    assertThat(meanwhile).as("an answer within the kiosk's patience").isNotNull();
                    assertThat(meanwhile.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE.name());
                }
            });

            await().atMost(DEADLINE).until(() -> store.query("barista",
                    "select count(*) from ticket where order_id = '" + paying.orderId() + "'") == 1);
            assertThat(store.query("payment", "select count(*) from payment where status = 'APPROVED' and order_id = '"
                    + paying.orderId() + "'")).isEqualTo(1);
            assertThat(store.query(DeadLetterContext.DATABASE, "select count(*) from dead_letter")).isZero();
            LedgerAssertions.storeIsClean(store.databases());
        }
    }

    private static OrderAccepted place(TestTerminal kiosk) throws Exception {
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER,
                order(APPROVING_CARD, 4_500, americano(1)));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }
}
