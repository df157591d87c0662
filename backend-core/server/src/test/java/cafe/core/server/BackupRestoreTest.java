package cafe.core.server;

import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.OrderAccepted;
import cafe.contract.order.PlaceOrder;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.messaging.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cafe-server backup} while orders flow, {@code cafe-server restore} into a new folder, and a
 * server started there: every order paid at the backup's instant is intact, every order in flight
 * then (its payment request, or the kiosk's PlaceOrder itself, waiting in the broker's journal)
 * finishes, each exactly once, and nothing placed after the backup exists.
 */
class BackupRestoreTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;
    @TempDir
    Path backups;
    @TempDir
    Path newPc;

    private String out;
    private String err;

    /** One order's row as a database holds it. */
    private record Row(String orderId, String status, long totalWon, int orderNumber) {

        Row asQueued() {
            return new Row(orderId, "QUEUED", totalWon, orderNumber);
        }
    }

    @Test
    void aBackupTakenWhileOrdersFlowRestoresEveryPaidOrderAndFinishesEveryOneInFlightOnce() throws Exception {
        Path backup = backups.resolve("rush");
        List<String> placedDuringBackup;
        List<String> placedAfterBackup;
        Map<String, Row> atTheInstant;
        try (RunningStore store = RunningStore.withTestMenu(dataDir);
             KioskStream kiosks = new KioskStream(store.terminal(Role.KIOSK), store.terminal(Role.KIOSK))) {
            await().atMost(DEADLINE).until(() -> store.query("ordering",
                    "select count(*) from customer_order where status = 'QUEUED'") >= 5);
            // the card network stalls: payment requests wait in the broker, orders stay unpaid
            store.terminal(Role.ADMIN).manage("queue." + Topology.PAYMENT_REQUESTS.queue(), "pause");
            await().atMost(DEADLINE).until(() -> store.server().queueDepth(Topology.PAYMENT_REQUESTS.queue()) >= 5);
            List<String> placedBeforeBackup = List.copyOf(kiosks.placed());

            assertThat(cafeServer("backup", "--data", dataDir.toString(), "--to", backup.toString()))
                    .as(err).isZero();

            // each kiosk may have had one more order under way when the backup returned
            int startedBeforeBackupReturned = kiosks.placed().size() + kiosks.count();
            await().atMost(DEADLINE).until(() -> kiosks.placed().size() >= startedBeforeBackupReturned + 5);
            kiosks.stop();
            placedDuringBackup = kiosks.placed().subList(placedBeforeBackup.size(), startedBeforeBackupReturned);
            placedAfterBackup = kiosks.placed().subList(startedBeforeBackupReturned, kiosks.placed().size());
            atTheInstant = orders(backup.resolve("ordering.db"));
            assertThat(atTheInstant).containsKeys(placedBeforeBackup.toArray(String[]::new));
        }
        assertThat(atTheInstant.values()).extracting(Row::status).contains("QUEUED");
        List<String> charged = column(backup.resolve("payment.db"), "select order_id from payment");
        assertThat(column(backup.resolve("ordering.db"), "select o.order_id from customer_order o join outbox e"
                + " on e.order_id = o.order_id and e.type = 'PaymentRequested' where o.status = 'CREATED'"
                + " and e.published = 1").stream().filter(orderId -> !charged.contains(orderId)))
                .as("orders whose payment request only the journal holds").hasSizeGreaterThanOrEqualTo(5);
        assertThat(out).contains("Backup written to " + backup.toAbsolutePath(), "the services waited");

        assertThat(cafeServer("restore", "--data", newPc.toString(), "--from", backup.toString()))
                .as(err).isZero();

        try (RunningStore restored = RunningStore.withTestMenu(newPc)) {
            await().atMost(DEADLINE).until(() -> orders(newPc.resolve("ordering.db")).values().stream()
                    .allMatch(row -> row.status().equals("QUEUED")));
            Map<String, Row> after = orders(newPc.resolve("ordering.db"));
            assertThat(after).containsKeys(atTheInstant.keySet().toArray(String[]::new))
                    .doesNotContainKeys(placedAfterBackup.toArray(String[]::new));
            assertThat(placedDuringBackup).containsAll(after.keySet().stream()
                    .filter(key -> !atTheInstant.containsKey(key)).toList());
            atTheInstant.forEach((key, before) -> assertThat(after.get(key)).isEqualTo(before.asQueued()));
            after.values().forEach(row -> assertOnceEach(restored, row.orderId()));
            assertThat(restored.server().queueDepth(Topology.DEAD_LETTERS.queue())).isZero();
        }
    }

    @Test
    void aStoppedStoreIsBackedUpFromItsFolderAndRestoredWithItsUsersAndCertificates() throws Exception {
        OrderAccepted paid;
        String kioskPassword;
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            paid = place(store.terminal(Role.KIOSK));
            await().atMost(DEADLINE).until(() -> store.query("barista",
                    "select count(*) from ticket where order_id = '" + paid.orderId() + "'") == 1);
            kioskPassword = store.server().terminalConfig(Role.KIOSK).password();
        }
        Path backup = backups.resolve("closing-time");
        assertThat(cafeServer("backup", "--data", dataDir.toString(), "--to", backup.toString()))
                .as(err).isZero();
        assertThat(cafeServer("restore", "--data", newPc.toString(), "--from", backup.toString()))
                .as(err).isZero();

        assertThat(Files.readString(newPc.resolve("tls/store-ca.pem")))
                .isEqualTo(Files.readString(dataDir.resolve("tls/store-ca.pem")));
        try (RunningStore restored = RunningStore.withTestMenu(newPc)) {
            assertThat(restored.server().terminalConfig(Role.KIOSK).password()).isEqualTo(kioskPassword);
            assertThat(orders(newPc.resolve("ordering.db")).values()).extracting(Row::orderId, Row::status)
                    .containsExactly(tuple(paid.orderId(), "QUEUED"));
            assertOnceEach(restored, paid.orderId());
        }
    }

    @Test
    void aRestoreIntoTheFolderOfARunningServerIsRefusedAndChangesNothing() throws Exception {
        Path backup = backups.resolve("morning");
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            OrderAccepted before = place(store.terminal(Role.KIOSK));
            assertThat(cafeServer("backup", "--data", dataDir.toString(), "--to", backup.toString())).isZero();
            OrderAccepted after = place(store.terminal(Role.KIOSK));

            assertThat(cafeServer("restore", "--data", dataDir.toString(), "--from", backup.toString())).isEqualTo(1);

            assertThat(err).hasLineCount(1).contains("cafe-server restore: a store server is running on",
                    "stop it before restoring");
            assertThat(orders(dataDir.resolve("ordering.db")).values()).extracting(Row::orderId)
                    .contains(before.orderId(), after.orderId());
        }
    }

    @Test
    void aBackupThatCannotGoWhereAskedIsRefusedAndLeavesNoCopyInTheStoresFolder() throws Exception {
        Path notAFolder = Files.writeString(backups.resolve("usb-stick"), "a file, not a folder\n");
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            place(store.terminal(Role.KIOSK));

            assertThat(cafeServer("backup", "--data", dataDir.toString(), "--to",
                    notAFolder.resolve("night").toString())).isEqualTo(1);

            assertThat(err).contains("the backup could not be written to", "nothing was kept");
            assertThat(dataDir.resolve("backups")).isEmptyDirectory();
        }
    }

    @Test
    void aDamagedSnapshotAFolderInUseOrADatabaseKeptElsewhereIsRefusedBeforeAnythingIsTouched() throws Exception {
        Path backup = backups.resolve("evening");
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            place(store.terminal(Role.KIOSK));
            assertThat(cafeServer("backup", "--data", dataDir.toString(), "--to", backup.toString())).isZero();
            assertThat(cafeServer("backup", "--data", dataDir.toString(), "--to", backup.toString())).isEqualTo(1);
            assertThat(err).contains("already holds files; name a new folder for the backup");
        }
        assertRefusedWhereTheSettingsKeepTheDataElsewhere(backup);
        Files.write(backup.resolve("ordering.db"), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        assertThat(cafeServer("restore", "--data", newPc.toString(), "--from", backup.toString())).isEqualTo(1);

        assertThat(err).contains("is damaged: ordering.db does not match its checksum");
        assertThat(newPc).isEmptyDirectory();
    }

    /** A store whose settings put its databases in PostgreSQL or its broker elsewhere is not restored from files. */
    private void assertRefusedWhereTheSettingsKeepTheDataElsewhere(Path backup) throws Exception {
        Files.writeString(backups.resolve("secret"), "s3cret\n");
        Path postgres = Files.write(backups.resolve("postgres.properties"), List.of("database.kind = postgresql",
                "database.url = jdbc:postgresql://db.example:5432/cafe", "database.user = cafe",
                "database.password-file = secret"));
        Path external = Files.write(backups.resolve("external.properties"), List.of("broker.kind = external",
                "broker.servers = mq1.example:61616, mq2.example:61616", "broker.user = cafe-services",
                "broker.password-file = secret"));

        assertThat(cafeServer("restore", "--data", newPc.toString(), "--from", backup.toString(),
                "--settings", postgres.toString())).isEqualTo(1);
        assertThat(err).hasLineCount(1).contains("databases in PostgreSQL", "pg_restore");
        assertThat(cafeServer("restore", "--data", newPc.toString(), "--from", backup.toString(),
                "--settings", external.toString())).isEqualTo(1);
        assertThat(err).hasLineCount(1).contains("external broker", "its operators restore its journal");
        assertThat(newPc).isEmptyDirectory();
    }

    private int cafeServer(String... args) {
        StoreServerCommands.Result result = StoreServerCommands.run(args);
        out = result.out();
        err = result.err();
        return result.exitCode();
    }

    private static OrderAccepted place(TestTerminal kiosk) throws Exception {
        return place(kiosk, order(4_500, americano(1)));
    }

    private static OrderAccepted place(TestTerminal kiosk, PlaceOrder command) throws Exception {
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, command);
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }

    private static void assertOnceEach(RunningStore store, String orderId) {
        try {
            assertThat(store.query("payment", "select count(*) from payment where order_id = '" + orderId + "'"))
                    .as("payments of " + orderId).isEqualTo(1);
            assertThat(store.query("barista", "select count(*) from ticket where order_id = '" + orderId + "'"))
                    .as("tickets of " + orderId).isEqualTo(1);
            assertThat(store.query("ordering", "select count(*) from outbox where type = 'OrderPaid' and order_id = '"
                    + orderId + "'")).as("OrderPaid of " + orderId).isEqualTo(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Every order by its kiosk-made idempotency key: the order id is the server's, made again for a PlaceOrder still in flight. */
    private static Map<String, Row> orders(Path database) throws SQLException {
        Map<String, Row> rows = new TreeMap<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath()
                + "?busy_timeout=5000");
             var result = connection.createStatement().executeQuery(
                     "select idempotency_key, order_id, status, total_won, order_number from customer_order")) {
            while (result.next()) {
                rows.put(result.getString(1), new Row(result.getString(2), result.getString(3), result.getLong(4),
                        result.getInt(5)));
            }
        }
        return rows;
    }

    private static List<String> column(Path database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             var result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    /** Kiosks placing one order after another, each on its own thread, until stopped; they keep the orders' idempotency keys. */
    private static final class KioskStream implements AutoCloseable {

        private final List<String> placed = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService threads;
        private final CompletableFuture<Void> loops;

        KioskStream(TestTerminal... kiosks) {
            threads = Executors.newFixedThreadPool(kiosks.length);
            loops = CompletableFuture.allOf(Arrays.stream(kiosks).map(this::placeUntilStopped)
                    .toArray(CompletableFuture[]::new));
        }

        int count() {
            return ((ThreadPoolExecutor) threads).getCorePoolSize();
        }

        private CompletableFuture<Void> placeUntilStopped(TestTerminal kiosk) {
            return CompletableFuture.runAsync(() -> {
                while (running.get()) {
                    try {
                        PlaceOrder command = order(4_500, americano(1));
                        place(kiosk, command);
                        placed.add(command.idempotencyKey());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, threads);
        }

        List<String> placed() {
            return placed;
        }

        void stop() {
            running.set(false);
            loops.join();
        }

        @Override
        public void close() {
            running.set(false);
            threads.shutdown();
        }
    }
}
