package cafe.core.platform;

import cafe.contract.wire.Json;
import cafe.contract.wire.Role;
import cafe.core.platform.messaging.BrokerSettings;
import cafe.core.platform.messaging.EmbeddedBroker;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.platform.persistence.Retention;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.platform.persistence.StoreDatabases;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A broker, a platform and a "platformtest" context database with one Tally table. */
final class PlatformFixture implements AutoCloseable {

    final EmbeddedBroker broker;
    final StorePlatform platform;
    final ServiceDatabase database;
    private final Path dataDir;

    PlatformFixture(Path dataDir) {
        this(dataDir, DatabaseSettings.sqliteFiles().databases(dataDir));
    }

    /** On the given databases, e.g. a {@code FailingDisk}. */
    PlatformFixture(Path dataDir, StoreDatabases databases) {
        this(dataDir, databases, EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find())));
    }

    private PlatformFixture(Path dataDir, StoreDatabases databases, EmbeddedBroker broker) {
        this.dataDir = dataDir;
        this.broker = broker;
        platform = new StorePlatform(CompletableFuture.completedFuture(broker), dataDir, databases,
                Clock.systemUTC(), Json.newMapper(), Retention.standard());
        database = platform.database("platformtest", List.of(Tally.class));
    }

    /** The platform stopped and started again on the same files and broker, as a server restart does. */
    PlatformFixture restarted() {
        platform.close();
        return new PlatformFixture(dataDir, DatabaseSettings.sqliteFiles().databases(dataDir), broker);
    }

    TestTerminal admin() throws Exception {
        return admin("");
    }

    /** An admin terminal whose connection URL ends with these options ("?minLargeMessageSize=..."). */
    TestTerminal admin(String urlOptions) throws Exception {
        return TestTerminal.connect(broker.localTerminalUrl() + urlOptions, Role.ADMIN.user(),
                broker.password(Role.ADMIN));
    }

    void count(String name) {
        Tally tally = database.session().find(Tally.class, name);
        if (tally == null) {
            tally = new Tally(name);
            database.session().persist(tally);
        }
        tally.increment();
    }

    int tally(String name) {
        return database.transactions().inTransaction(() -> {
            Tally tally = database.session().find(Tally.class, name);
            return tally == null ? 0 : tally.count();
        });
    }

    /** A single number read straight from the "platformtest" SQLite file. */
    long query(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("platformtest.db"));
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    @Override
    public void close() {
        platform.close();
        broker.close();
    }
}
