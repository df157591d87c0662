package cafe.core.server;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.croissant;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cafe.contract.barista.TicketAction;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderView;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.contract.wire.Json;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.platform.persistence.StoreDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same StoreServer with its data in a real PostgreSQL server instead of SQLite files: one
 * store for the class, each context in its own schema. An order goes its whole way, survives a
 * restart, the ledger check reads it back from PostgreSQL, and each schema went through the same
 * migrations as a SQLite file does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresStoreTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final List<String> CONTEXTS = List.of("ordering", "payment", "barista", "notification", "menu",
            "staff", "deadletters");

    @TempDir
    static Path folder;
    private static TestPostgres postgres;
    private static RunningStore store;
    private static String pickedUpOrder;

    @BeforeAll
    static void openTheStoreOnPostgres() throws Exception {
        postgres = TestPostgres.start(folder);
        store = new RunningStore(StoreConfig.forTests(folder.resolve("data")).withMenuResource(RunningStore.TEST_MENU)
                .withDatabase(postgres.newDatabase(3)));
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        if (store != null) {
            store.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void anOrderIsPaidMadeReadyAndPickedUpWithEveryContextInItsOwnSchema() throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        TestTerminal barista = store.terminal(Role.BARISTA);
        OrderAccepted order = place(kiosk);
        awaitStatus(kiosk, order, OrderStatus.QUEUED);

        for (String step : new String[] {MessageTypes.START_TICKET, MessageTypes.MARK_READY,
                MessageTypes.MARK_PICKED_UP}) {
            Reply reply = barista.request(Addresses.BARISTA_COMMANDS, step, new TicketAction(order.orderId(), "Bar 1"));
            assertThat(reply.isOk()).as(reply.message()).isTrue();
        }
        awaitStatus(kiosk, order, OrderStatus.PICKED_UP);
        pickedUpOrder = order.orderId();

        assertThat(store.query("payment", "select count(*) from payment where status = 'APPROVED'")).isEqualTo(1);
        // notification follows the bar on a subscription of its own, not in step with ordering's
        await().atMost(DEADLINE).until(() -> store.query("notification",
                "select count(*) from notification where status = 'SENT'") == 1);
        assertThat(store.query("ordering", "select count(*) from information_schema.tables"
                + " where table_schema = 'payment' and table_name = 'customer_order'"))
                .as("ordering's tables are in its schema only").isZero();
        assertThat(folder.resolve("data").resolve("ordering.db")).doesNotExist();
    }

    @Test
    @Order(2)
    void aRestartKeepsTheOrdersAndTheLedgerCheckReadsThemFromPostgres() throws Exception {
        store.restart();

        TestTerminal kiosk = store.terminal(Role.KIOSK);
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.GET_ORDER, Map.of("orderId", pickedUpOrder));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        assertThat(kiosk.json().convertValue(reply.data(), OrderView.class).status()).isEqualTo(OrderStatus.PICKED_UP);

        OrderAccepted another = place(kiosk);
        assertThat(another.orderNumber()).as("the day's numbers go on").isGreaterThan(0);
        awaitStatus(kiosk, another, OrderStatus.QUEUED);
        LedgerAssertions.storeIsClean(store.databases());
        assertThat(store.query("ordering", "select count(*) from customer_order")).isEqualTo(2);
    }

    @Test
    @Order(3)
    void everySchemaHasTheVersionsOfTheSameMigrationsAsTheSqliteFiles() throws Exception {
        Path sqliteFolder = folder.resolve("sqlite");
        StoreDatabases sqlite = DatabaseSettings.sqliteFiles().databases(sqliteFolder);
        for (String context : CONTEXTS) {
            ServiceDatabase.open(sqlite, context, List.of(), Json.newMapper(), Clock.systemUTC()).close();
            assertThat(versions(store.databases(), context)).as(context).isEqualTo(versions(sqlite, context))
                    .contains("shared:1", context + ":1");
        }
        assertThat(store.queryText("ordering", "select data_type from information_schema.columns"
                + " where table_schema = 'ordering' and table_name = 'customer_order' and column_name = 'placed_at'"))
                .as("epoch milliseconds need 64 bits").isEqualTo("bigint");
    }

    @Test
    @Order(4)
    void theOperatorsCheckReadsPostgresFromTheSettingsFileAndBackupPointsToItsOwnTools() throws Exception {
        DatabaseSettings database = store.config().database();
        Files.writeString(folder.resolve("password"), database.password() + "\n");
        Path settings = Files.write(folder.resolve("server.properties"), List.of("database.kind = postgresql",
                "database.url = " + database.url(), "database.user = " + database.user(),
                "database.password-file = password"));

        String[] command = {"check", "--data", store.config().dataDir().toString(), "--settings", settings.toString()};
        StoreServerCommands.Result check = StoreServerCommands.run(command);
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("ledger clean");

        store.execute("barista", "insert into outbox (seq, event_id, address, type, body, occurred_at,"
                + " next_attempt_at) values (999999999, 'stuck-event', 'nowhere', 'TicketQueued', '{}', 0, "
                + Long.MAX_VALUE + ")");
        StoreServerCommands.Result stuck = StoreServerCommands.run(command);
        assertThat(stuck.exitCode()).isEqualTo(1);
        assertThat(stuck.err()).contains("TicketQueued stuck-event was never published");

        assertThatThrownBy(() -> store.server().backup()).hasMessageContaining("PostgreSQL")
                .hasMessageContaining("pg_dump");
    }

    private static List<String> versions(StoreDatabases databases, String context) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = databases.connect(context);
             ResultSet rows = connection.createStatement().executeQuery(
                     "select migration_set, version from schema_version order by migration_set, version")) {
            while (rows.next()) {
                versions.add(rows.getString(1) + ":" + rows.getInt(2));
            }
        }
        return versions;
    }

    private static OrderAccepted place(TestTerminal kiosk) throws Exception {
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER,
                order(APPROVING_CARD, 8_300, americano(1), croissant(1)));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }

    private static void awaitStatus(TestTerminal kiosk, OrderAccepted order, OrderStatus status) {
        await().atMost(DEADLINE).until(() -> {
            Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.GET_ORDER,
                    Map.of("orderId", order.orderId()));
            return reply.isOk() && kiosk.json().convertValue(reply.data(), OrderView.class).status() == status;
        });
    }
}
