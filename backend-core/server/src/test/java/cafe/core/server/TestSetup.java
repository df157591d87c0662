package cafe.core.server;

import cafe.core.testing.ArtemisPair;
import java.sql.SQLException;

/**
 * What the tests' stores run on. By default what a store PC runs: the broker embedded, SQLite files
 * in the test's folder. With {@code -Dcafe.test.setup=external}, what a server room runs: each store
 * on a broker of its own from the Artemis distribution (in the store's folder, gone with it) and a
 * new database on one PostgreSQL server per test JVM. The server module's build runs the life-cycle
 * and crash tests a second time that way (the surefire execution {@code on-external-setup}).
 */
final class TestSetup {

    private static final String PROPERTY = "cafe.test.setup";

    private TestSetup() {
    }

    /** The store the config describes on this setup, with what must stop after its server. */
    static RunningStore start(StoreConfig config) {
        if (!"external".equals(System.getProperty(PROPERTY))) {
            return new RunningStore(config);
        }
        try {
            ArtemisPair broker = ArtemisPair.startAlone(config.dataDir().resolve("broker"));
            try {
                return new RunningStore(config.withDatabase(TestPostgres.shared().newDatabase(2))
                        .withExternalBroker(broker.settings()), broker);
            } catch (RuntimeException | SQLException e) {
                broker.close();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the external broker and PostgreSQL for a test store", e);
        }
    }
}
