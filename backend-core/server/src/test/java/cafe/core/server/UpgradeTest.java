package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import cafe.contract.barista.BarQueue;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderView;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade of the installed server keeps the store's data. The data folder in
 * {@code upgrade/data-1.0.0.zip} was written by release 1.0.0 (commit e4b8d0c): its StoreServer
 * with {@code --gateway-decline-rate 0}, then {@code simulate --orders 4 --decline-share 0.5}
 * (orders 101-104 collected) and {@code simulate --orders 2 --prep-ms 600000 --timeout-s 20}
 * (105 being made, 106 waiting), stopped with SIGTERM and zipped without its generated passwords
 * ({@code users.properties}, {@code terminals/}). This build's server opens it, applies every
 * migration it carries, keeps the orders, and the bar can finish the two that were still open.
 */
class UpgradeTest {

    private static final String RELEASE_1_0_0 = "upgrade/data-1.0.0.zip";
    private static final Set<String> DATABASES = Set.of("menu", "ordering", "payment", "barista", "notification");
    private static final String SHARED_MIGRATIONS = "shared";
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.+\\.sql");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void theDataOfRelease100OpensWithItsOrdersAndEveryNewMigration() throws Exception {
        unzip(RELEASE_1_0_0, dataDir);
        Map<Integer, String> orders = orderIdsByNumber();

        try (RunningStore store = new RunningStore(StoreConfig.forTests(dataDir))) {
            for (String database : DATABASES) {
                assertThat(appliedVersions(database, SHARED_MIGRATIONS)).as(database)
                        .isEqualTo(scriptVersions(SHARED_MIGRATIONS));
                assertThat(appliedVersions(database, database)).as(database).isEqualTo(scriptVersions(database));
            }
            TestTerminal kiosk = store.terminal(Role.KIOSK);
            assertThat(statuses(kiosk, orders)).containsOnly(entry(101, OrderStatus.PICKED_UP),
                    entry(102, OrderStatus.PICKED_UP), entry(103, OrderStatus.PICKED_UP),
                    entry(104, OrderStatus.PICKED_UP), entry(105, OrderStatus.IN_PREPARATION),
                    entry(106, OrderStatus.QUEUED));

            TestTerminal barista = store.terminal(Role.BARISTA);
            BarQueue bar = barista.json().convertValue(
                    ok(barista.request(Addresses.BARISTA_QUERIES, MessageTypes.GET_BAR_QUEUE, "{}")), BarQueue.class);
            assertThat(bar.active()).extracting(Ticket::orderNumber).containsExactly(105, 106);
            for (Ticket ticket : bar.active()) {
                finish(barista, ticket);
            }
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(statuses(kiosk, orders).values())
                    .containsOnly(OrderStatus.PICKED_UP));
        }
    }

    private static void finish(TestTerminal barista, Ticket ticket) throws Exception {
        TicketAction action = new TicketAction(ticket.orderId(), "Bar 1");
        if (ticket.status() == TicketStatus.QUEUED) {
            ok(barista.request(Addresses.BARISTA_COMMANDS, MessageTypes.START_TICKET, action));
        }
        ok(barista.request(Addresses.BARISTA_COMMANDS, MessageTypes.MARK_READY, action));
        ok(barista.request(Addresses.BARISTA_COMMANDS, MessageTypes.MARK_PICKED_UP, action));
    }

    private static Map<Integer, OrderStatus> statuses(TestTerminal kiosk, Map<Integer, String> orders)
            throws Exception {
        Map<Integer, OrderStatus> statuses = new TreeMap<>();
        for (var order : orders.entrySet()) {
            Object view = ok(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.GET_ORDER,
                    Map.of("orderId", order.getValue())));
            statuses.put(order.getKey(), kiosk.json().convertValue(view, OrderView.class).status());
        }
        return statuses;
    }

    private static Object ok(Reply reply) {
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return reply.data();
    }

    /** The order ids in the old ordering database, read before the new server touches it. */
    private Map<Integer, String> orderIdsByNumber() throws SQLException {
        Map<Integer, String> ids = new TreeMap<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("ordering.db"));
             var rows = connection.createStatement().executeQuery("select order_number, order_id from customer_order")) {
            while (rows.next()) {
                ids.put(rows.getInt(1), rows.getString(2));
            }
        }
        return ids;
    }

    private Set<Integer> appliedVersions(String database, String migrationSet) throws SQLException {
        Set<Integer> versions = new TreeSet<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(database + ".db"));
             var query = connection.prepareStatement("select version from schema_version where migration_set = ?")) {
            query.setString(1, migrationSet);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getInt(1));
                }
            }
        }
        return versions;
    }

    /** The versions of the migration scripts this build carries for one set. */
    private static Set<Integer> scriptVersions(String migrationSet) throws IOException, URISyntaxException {
        var folder = Objects.requireNonNull(UpgradeTest.class.getClassLoader().getResource("db/" + migrationSet));
        Set<Integer> versions = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(Path.of(folder.toURI()))) {
            scripts.map(script -> SCRIPT.matcher(script.getFileName().toString()))
                    .filter(Matcher::matches)
                    .forEach(name -> versions.add(Integer.parseInt(name.group(1))));
        }
        assertThat(versions).as("migrations of " + migrationSet).isNotEmpty();
        return versions;
    }

    private static void unzip(String resource, Path target) throws IOException {
        try (InputStream in = Objects.requireNonNull(UpgradeTest.class.getClassLoader().getResourceAsStream(resource));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("an entry outside the folder: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        }
    }
}
