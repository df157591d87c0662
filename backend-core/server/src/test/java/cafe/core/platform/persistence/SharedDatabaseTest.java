package cafe.core.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Json;
import cafe.core.server.TestPostgres;
import cafe.core.shared.OutboundEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One context's PostgreSQL schema opened by two servers at once (two {@link ServiceDatabase}s in
 * this JVM, as two StoreServers would open it): they create and migrate it together, number their
 * outbox rows in one order, and one of them at a time relays the outbox and does the context's chores.
 */
class SharedDatabaseTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String CONTEXT = "platformtest";

    @TempDir
    static Path folder;
    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = TestPostgres.start(folder);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void twoServersWritingEventsAtOnceNumberThemOnceEachWithoutGaps() throws Exception {
        StoreDatabases databases = postgres.newDatabase(2).databases(folder);
        List<ServiceDatabase> servers = openTwiceAtOnce(databases);
        try {
            CompletableFuture.allOf(servers.stream()
                    .map(server -> CompletableFuture.runAsync(() -> writeEvents(server, 40))).toArray(
                            CompletableFuture[]::new)).get();

            assertThat(query(databases, "select count(*) || ' ' || count(distinct seq) || ' ' || min(seq) || ' '"
                    + " || max(seq) from outbox")).isEqualTo("160 160 1 160");
        } finally {
            servers.forEach(ServiceDatabase::close);
        }
    }

    @Test
    void oneServerRelaysTheOutboxAndDoesTheChoresWokenByEitherServersCommitsAndTheOtherTakesOverWhenItGoes()
            throws Exception {
        StoreDatabases databases = postgres.newDatabase(2).databases(folder);
        List<ServiceDatabase> servers = openTwiceAtOnce(databases);
        List<AtomicInteger> wakes = List.of(new AtomicInteger(), new AtomicInteger());
        try {
            for (int i = 0; i < 2; i++) {
                servers.get(i).whenEventsCommitted(wakes.get(i)::incrementAndGet);
            }
            await().atMost(DEADLINE).until(() -> relaying(servers).size() == 1);
            await().during(Duration.ofMillis(1500)).atMost(DEADLINE).until(() -> relaying(servers).size() == 1);
            ServiceDatabase relay = relaying(servers).get(0);
            ServiceDatabase other = servers.get(1 - servers.indexOf(relay));
            assertThat(relay.onDuty()).isTrue();
            assertThat(other.onDuty()).isFalse();
            AtomicInteger relayWakes = wakes.get(servers.indexOf(relay));
            int before = relayWakes.get();

            writeEvents(other, 1);
            await().atMost(DEADLINE).until(() -> relayWakes.get() > before);

            relay.close();
            await().atMost(DEADLINE).until(() -> other.outboxStore().relayedHere() && other.onDuty());
        } finally {
            servers.forEach(ServiceDatabase::close);
        }
    }

    /** Else a server whose PC lost its power would keep its turn and its relays for the system's two hours. */
    @Test
    void everyConnectionHasPostgresqlNoticeADeadServerWithinSeconds() throws Exception {
        StoreDatabases databases = postgres.newDatabase(2).databases(folder);
        try (ServiceDatabase server = open(databases); Connection own = databases.connect(CONTEXT)) {
            String pooled = server.transactions().inTransaction(() -> server.session()
                    .createNativeQuery("select current_setting('tcp_keepalives_idle') || ' '"
                            + " || current_setting('tcp_keepalives_count')", String.class).getSingleResult());

            assertThat(pooled).isEqualTo("5 3");
            try (Statement statement = own.createStatement();
                 ResultSet rows = statement.executeQuery("show tcp_keepalives_interval")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("2");
            }
        }
    }

    private static List<ServiceDatabase> openTwiceAtOnce(StoreDatabases databases) throws Exception {
        var first = CompletableFuture.supplyAsync(() -> open(databases));
        var second = CompletableFuture.supplyAsync(() -> open(databases));
        return List.of(first.get(), second.get());
    }

    private static ServiceDatabase open(StoreDatabases databases) {
        return ServiceDatabase.open(databases, CONTEXT, List.of(), Json.newMapper(), Clock.systemUTC());
    }

    private static void writeEvents(ServiceDatabase server, int transactions) {
        for (int i = 0; i < transactions; i++) {
            server.transactions().run(() -> {
                server.outbox().append(new OutboundEvent("cafe.order.events", "OrderUpdated", "o-1",
                        Map.of("status", "CREATED")));
                server.outbox().append(new OutboundEvent("cafe.order.events", "OrderUpdated", "o-1",
                        Map.of("status", "PAID")));
            });
        }
    }

    private static List<ServiceDatabase> relaying(List<ServiceDatabase> servers) {
        List<ServiceDatabase> relaying = new ArrayList<>();
        for (ServiceDatabase server : servers) {
            if (server.outboxStore().relayedHere()) {
                relaying.add(server);
            }
        }
        return relaying;
    }

    private static String query(StoreDatabases databases, String sql) throws Exception {
        try (Connection connection = databases.connect(CONTEXT); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
