package cafe.core.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Role;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.platform.persistence.StoreDatabases;
import cafe.core.server.LedgerAssertions;
import cafe.core.server.TestPostgres;
import cafe.core.simulation.Simulation;
import cafe.core.simulation.SimulationReport;
import cafe.core.simulation.SimulationSettings;
import cafe.core.testing.ArtemisPair;
import cafe.core.testing.ServerRoom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two StoreServers, each in its own JVM with its own data folder, share one external broker and one
 * PostgreSQL database: both take orders and events from the same queues, and one relays each
 * context's outbox. The first started (which relays every outbox) is killed with SIGKILL in the
 * middle of a rush; the other takes the relays over and the rush finishes through it, with one
 * approved charge per paid order and a clean ledger.
 */
class SharedStoreServersTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int ORDERS = 30;

    @TempDir
    Path folder;

    @Test
    void whenOneOfTwoServersDiesMidRushTheOtherFinishesItWithNothingLostOrChargedTwice() throws Exception {
        Path logs = Files.createDirectories(Path.of("target"));
        try (TestPostgres postgres = TestPostgres.start(folder.resolve("postgres"));
             ArtemisPair broker = ArtemisPair.startAlone(folder.resolve("broker"))) {
            DatabaseSettings database = postgres.newDatabase(DatabaseSettings.DEFAULT_POOL_SIZE);
            // the one settings file both servers read: the database and the broker, by configuration alone
            Path settings = ServerRoom.write(folder, database, broker.settings());
            try (ServerProcess first = ServerProcess.start(folder.resolve("first"),
                        logs.resolve("shared-first.log"), "--settings", settings.toString());
                 ServerProcess second = ServerProcess.start(folder.resolve("second"),
                         logs.resolve("shared-second.log"), "--settings", settings.toString())) {
                StoreDatabases databases = database.databases(folder);
                CompletableFuture<SimulationReport> rush = CompletableFuture.supplyAsync(() -> rush(second));
                await().atMost(DEADLINE).until(() -> count(databases, "ordering",
                        "select count(*) from customer_order where status = 'PICKED_UP'") >= 5);
                first.kill();
                SimulationReport report = rush.get(2, TimeUnit.MINUTES);

                assertThat(report.unfinished()).as(report.toString()).isEmpty();
                assertThat(report.pickedUp()).as(report.toString()).isEqualTo(ORDERS);
                assertThat(count(databases, "payment", "select count(*) from payment where status = 'APPROVED'"))
                        .as("one approved charge per paid order")
                        .isEqualTo(count(databases, "payment",
                                "select count(distinct order_id) from payment where status = 'APPROVED'"))
                        .isEqualTo(count(databases, "ordering", "select count(*) from customer_order"
                                + " where status not in ('CREATED', 'PAYMENT_FAILED', 'CANCELLED')"));
                LedgerAssertions.storeIsClean(databases);
            }
        }
    }

    /** Kiosks and baristas on the broker, whichever server answers them. */
    private static SimulationReport rush(ServerProcess server) {
        try {
            return Simulation.untraced(server.terminal(Role.KIOSK), server.terminal(Role.BARISTA),
                    new SimulationSettings(3, 2, ORDERS, 0.1, Duration.ZERO, DEADLINE, 11)).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private static long count(StoreDatabases databases, String context, String sql) throws SQLException {
        try (Connection connection = databases.connectReadOnly(context);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
