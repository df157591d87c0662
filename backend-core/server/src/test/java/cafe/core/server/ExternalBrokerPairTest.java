package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.messaging.Topology;
import cafe.core.simulation.Simulation;
import cafe.core.simulation.SimulationReport;
import cafe.core.simulation.SimulationSettings;
import cafe.core.testing.ArtemisPair;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose broker and databases others run, as in a server room: the official Artemis
 * distribution as a primary and a replicating backup, each its own process, and a real PostgreSQL
 * server. The store's services and terminals reach the broker by its servers alone and carry on on
 * the backup when the primary dies mid-rush, where the store's delivery policy still holds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalBrokerPairTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /**
     * How long the first rush places orders and waits for news of those the outage interrupted: long
     * enough for a busy machine to take the orders before the kill.
     */
    private static final Duration OUTAGE_PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path folder;
    private static TestPostgres postgres;
    private static ArtemisPair pair;
    private static RunningStore store;

    @BeforeAll
    static void openTheStoreOnThePairAndPostgres() throws Exception {
        postgres = TestPostgres.start(folder.resolve("postgres"));
        pair = ArtemisPair.start(folder.resolve("brokers"));
        store = new RunningStore(StoreConfig.forTests(folder.resolve("store"))
                .withDatabase(postgres.newDatabase(3)).withExternalBroker(pair.settings()));
    }

    @AfterAll
    static void closeEverything() throws Exception {
        try (TestPostgres database = postgres; ArtemisPair brokers = pair; RunningStore server = store) {
            // closed in reverse order: the store, then the brokers, then the database
        }
    }

    /**
     * The kiosks of the rush refuse orders while no broker answers, as a kiosk tells its customer;
     * what the store took stays whole, and once the backup is active a new rush goes through in full.
     */
    @Test
    @Order(1)
    void ordersFlowOnTheBackupAfterThePrimaryBrokerDiesMidRushWithNothingLostOrChargedTwice() throws Exception {
        long before = store.query("ordering", "select count(*) from customer_order");
        CompletableFuture<SimulationReport> rush = CompletableFuture.supplyAsync(() -> run(40, OUTAGE_PATIENCE));
        await().atMost(DEADLINE)
                .until(() -> store.query("ordering", "select count(*) from customer_order") >= before + 5);
        pair.killPrimary();
        pair.awaitBackupActive();
        rush.get(2, TimeUnit.MINUTES);
        awaitTheStoreAnsweringThroughTheBackup();

        SimulationReport after = run(20, DEADLINE);

        assertThat(after.refused()).as(after.toString()).isEmpty();
        assertThat(after.unfinished()).as(after.toString()).isEmpty();
        assertThat(after.pickedUp()).isEqualTo(20);
        assertThat(store.query("payment", "select count(*) from payment where status = 'APPROVED'"))
                .as("one approved charge per paid order")
                .isEqualTo(store.query("payment",
                        "select count(distinct order_id) from payment where status = 'APPROVED'"))
                .isEqualTo(store.query("ordering",
                        "select count(*) from customer_order where status not in"
                                + " ('CREATED', 'PAYMENT_FAILED', 'CANCELLED')"));
        LedgerAssertions.storeIsClean(store.databases());
    }

    /**
     * On the backup, after the failover: without the store's address settings the broker's own
     * would apply (ten tries, then its DLQ).
     */
    @Test
    @Order(2)
    void anEventNoServiceCanReadStillReachesTheFailedMessagesAfterThreeDeliveries() throws Exception {
        String orderId = "o-" + UUID.randomUUID();
        store.terminal(Role.ADMIN).publish(Addresses.ORDER_SERVICE_EVENTS, "{\"orderId\": 12", Map.of(Headers.TYPE,
                "OrderPaid", Headers.EVENT_ID, UUID.randomUUID().toString(), Headers.ORDER_ID, orderId));

        await().atMost(DEADLINE).until(() -> store.query("deadletters",
                "select count(*) from dead_letter where fate = 'DEAD' and order_id = '" + orderId + "'") == 2);
    }

    /**
     * The store's permissions, set on the primary at start, hold on the backup: a kiosk may place
     * orders, but may neither make up an event for the services nor read a service's own queue.
     */
    @Test
    @Order(3)
    void aKioskOnTheBackupMayNeitherPublishServiceEventsNorReadAServicesQueue() throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);

        assertThatThrownBy(() -> kiosk.publish(Addresses.ORDER_SERVICE_EVENTS, "{}", Map.of(Headers.TYPE, "OrderPaid")))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> kiosk.consume(Topology.PAYMENT_REQUESTS.fullyQualifiedName()))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> kiosk.sendToQueue(Addresses.BARISTA_COMMANDS, "{}", Map.of(Headers.TYPE, "MarkReady")))
                .isInstanceOf(JMSSecurityException.class);
        assertThat(kiosk.request(Addresses.MENU_QUERIES, MessageTypes.GET_MENU, null).isOk()).isTrue();
    }

    /**
     * The services reconnect on a back-off of their own after the backup took over, so a kiosk's
     * first tap may still time out; a kiosk and a console ask again until the store answers.
     */
    private static void awaitTheStoreAnsweringThroughTheBackup() {
        try (CafeConnection kiosk = CafeClients.connect(store.server().terminalConfig(Role.KIOSK));
             CafeConnection console = CafeClients.connect(store.server().terminalConfig(Role.BARISTA))) {
            await().atMost(DEADLINE).ignoreExceptions()
                    .until(() -> kiosk.kiosk().menu().join() != null && console.barista().barQueue().join() != null);
        }
    }

    private static SimulationReport run(int orders, Duration deadline) {
        SimulationSettings settings = new SimulationSettings(3, 2, orders, 0.1, Duration.ZERO, deadline, 7);
        try {
            return Simulation.untraced(store.server().terminalConfig(Role.KIOSK),
                    store.server().terminalConfig(Role.BARISTA), settings).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
