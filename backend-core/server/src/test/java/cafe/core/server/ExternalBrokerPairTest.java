package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Role;
import cafe.core.simulation.Simulation;
import cafe.core.simulation.SimulationReport;
import cafe.core.simulation.SimulationSettings;
import cafe.core.testing.ArtemisPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose broker and databases others run, as in a server room: the official Artemis
 * distribution as a primary and a replicating backup, each its own process, and a real PostgreSQL
 * server. The store's services and terminals reach the broker by its servers alone, and carry on on
 * the backup when the primary dies mid-rush.
 */
class ExternalBrokerPairTest {

    /** How long the first rush's kiosks and bar wait for news of an order the outage interrupted. */
    private static final Duration OUTAGE_PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    /**
     * The kiosks of the rush refuse orders while no broker answers, as a kiosk tells its customer;
     * what the store took stays whole, and once the backup is active a new rush goes through in full.
     */
    @Test
    void ordersFlowOnTheBackupAfterThePrimaryBrokerDiesMidRushWithNothingLostOrChargedTwice() throws Exception {
        try (TestPostgres postgres = TestPostgres.start(folder.resolve("postgres"));
             ArtemisPair pair = ArtemisPair.start(folder.resolve("brokers"));
             RunningStore store = new RunningStore(StoreConfig.forTests(folder.resolve("store"))
                     .withDatabase(postgres.newDatabase(3)).withExternalBroker(pair.settings()))) {
            CompletableFuture<SimulationReport> rush = CompletableFuture.supplyAsync(() -> run(store, 40, OUTAGE_PATIENCE));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> store.query("ordering", "select count(*) from customer_order") >= 10);
            pair.killPrimary();
            pair.awaitBackupActive();
            SimulationReport during = rush.get(2, TimeUnit.MINUTES);

            SimulationReport after = run(store, 20, Duration.ofSeconds(60));

            assertThat(during.placed()).as(during.toString()).isGreaterThanOrEqualTo(10);
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
    }

    private static SimulationReport run(RunningStore store, int orders, Duration deadline) {
        SimulationSettings settings = new SimulationSettings(3, 2, orders, 0.1, Duration.ZERO, deadline, 7);
        try {
            return new Simulation(store.server().terminalConfig(Role.KIOSK),
                    store.server().terminalConfig(Role.BARISTA), settings, path -> { }).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
