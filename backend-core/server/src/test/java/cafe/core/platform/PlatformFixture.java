package cafe.core.platform;

import cafe.contract.wire.Json;
import cafe.contract.wire.Role;
import cafe.core.platform.messaging.BrokerSettings;
import cafe.core.platform.messaging.EmbeddedBroker;
import cafe.core.platform.persistence.ServiceDatabase;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** A broker, a platform and a "platformtest" context database with one Tally table. */
final class PlatformFixture implements AutoCloseable {

    final EmbeddedBroker broker;
    final StorePlatform platform;
    final ServiceDatabase database;
    private final Path dataDir;

    PlatformFixture(Path dataDir) {
        this(dataDir, EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find())));
    }

    private PlatformFixture(Path dataDir, EmbeddedBroker broker) {
        this.dataDir = dataDir;
        this.broker = broker;
        platform = new StorePlatform(broker, dataDir, Clock.systemUTC(), Json.newMapper());
        database = platform.database("platformtest", List.of(Tally.class));
    }

    /** The platform stopped and started again on the same files and broker, as a server restart does. */
    PlatformFixture restarted() {
        platform.close();
        return new PlatformFixture(dataDir, broker);
    }

    TestTerminal admin() throws Exception {
        return TestTerminal.connect(broker.localTerminalUrl(), Role.ADMIN.user(), broker.password(Role.ADMIN));
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
