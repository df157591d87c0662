package cafe.core.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Json;
import cafe.core.shared.OutboundEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A context's SQLite file: WAL with a busy time-out on every connection, its schema from versioned scripts. */
class ServiceDatabaseTest {

    /** 300 rows of 16 KB: about 1,200 pages of log, past the 1,000 at which SQLite alone would copy it. */
    private static final int ROWS_PAST_SQLITES_OWN_CHECKPOINT = 300;
    private static final int ROW_BYTES = 16_000;

    @TempDir
    Path dataDir;

    @Test
    void everyConnectionIsInWalModeAndWaitsWhenTheFileIsBusy() {
        try (ServiceDatabase database = open()) {
            database.transactions().run(() -> database.session().doWork(connection -> {
                assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(connection, "busy_timeout")).isEqualTo("5000");
                assertThat(pragma(connection, "synchronous")).as("NORMAL").isEqualTo("1");
                assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
            }));
        }
    }

    @Test
    void theSchemaComesFromTheScriptsEachAppliedOnceAndKeptAcrossRestarts() throws Exception {
        open().close();
        execute("insert into tally (name, count) values ('latte', 2)");

        open().close();

        assertThat(query("select group_concat(applied, ' ') from (select migration_set || ':' || version as applied"
                + " from schema_version order by rowid)")).isEqualTo("shared:1 shared:2 platformtest:1");
        assertThat(query("select count from tally where name = 'latte'")).isEqualTo("2");
    }

    @Test
    void aDatabaseOfAnOlderVersionGetsOnlyTheNewerScriptsInNumberOrder() throws Exception {
        SqliteFiles files = new SqliteFiles(dataDir, 1);
        files.create("platformtest");
        SchemaMigrations migrations = new SchemaMigrations(files, "platformtest", Clock.systemUTC());
        migrations.apply("shared");
        execute("create table drink (id text primary key)");
        execute("insert into schema_version values ('migrationtest', 1, 'V1__drinks.sql', 0)");

        migrations.apply("migrationtest");
        migrations.apply("migrationtest");

        assertThat(query("select group_concat(version, ' ') from (select version from schema_version"
                + " where migration_set = 'migrationtest' order by rowid)")).isEqualTo("1 2 10");
        assertThat(query("select id || ' ' || price_won from drink")).isEqualTo("espresso 3000");
    }

    @Test
    void theDataFolderAndEveryDatabaseFileAreTheOwnersAlone() throws Exception {
        Files.createDirectories(dataDir);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ServiceDatabase database = open()) {
            database.transactions().run(() -> database.session()
                    .createNativeMutationQuery("insert into tally (name, count) values ('flat white', 1)")
                    .executeUpdate());

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
            for (String file : new String[] {"platformtest.db", "platformtest.db-wal", "platformtest.db-shm"}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file))))
                        .as(file).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void trimmingTakesPublishedEventsOutOfEveryFileAndKeepsWhatIsWaiting() throws Exception {
        String token = "tok_" + UUID.randomUUID();
        Instant now = Instant.now();
        try (ServiceDatabase database = open()) {
            database.transactions().run(() -> {
                database.outbox().append(new OutboundEvent("cafe.payment.requests", "PaymentRequested", "o-1",
                        Map.of("token", token)));
                database.outbox().append(new OutboundEvent("cafe.order.events", "OrderUpdated", "o-1",
                        Map.of("status", "CREATED")));
            });
            Instant later = now.plusSeconds(3_600);
            database.transactions().run(() -> database.outboxStore()
                    .markPublished(List.of(database.outboxStore().due(later, 1).get(0).seq()), now));
            assertThat(bytesOfEveryFile()).contains(token);

            assertThat(database.trim(later, Retention.standard())).isEqualTo(1);

            assertThat(bytesOfEveryFile()).doesNotContain(token);
            assertThat(database.transactions().inTransaction(() -> database.outboxStore().pendingCount()))
                    .as("the unpublished event stays").isEqualTo(1);
        }
    }

    @Test
    void theUpkeepCopiesTheLogIntoTheFileSoThatCommitsDoNotStopForIt() throws Exception {
        Path file = dataDir.resolve("platformtest.db");
        try (ServiceDatabase database = open()) {
            long before = Files.size(file);
            for (int i = 0; i < ROWS_PAST_SQLITES_OWN_CHECKPOINT; i++) {
                String name = i + "-" + "x".repeat(ROW_BYTES);
                database.transactions().run(() -> database.session()
                        .createNativeMutationQuery("insert into tally (name, count) values (:name, 1)")
                        .setParameter("name", name).executeUpdate());
            }
            assertThat(Files.size(file)).as("no commit copied the log into the file").isEqualTo(before);

            try (DatabaseUpkeep upkeep = new DatabaseUpkeep(List.of(database), Retention.standard(), Clock.systemUTC(),
                    () -> { })) {
                upkeep.start();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> Files.size(file) > before + (long) ROWS_PAST_SQLITES_OWN_CHECKPOINT * ROW_BYTES);
            }
        }
    }

    private String bytesOfEveryFile() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    private ServiceDatabase open() {
        return ServiceDatabase.open(dataDir, "platformtest", List.of(), Json.newMapper(), Clock.systemUTC());
    }

    private String url() {
        return new SqliteFiles(dataDir, 1).url("platformtest");
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("pragma " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url())) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
