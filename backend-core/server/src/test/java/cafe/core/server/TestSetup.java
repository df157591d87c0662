package cafe.core.server;

import cafe.core.testing.ArtemisPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the tests' stores run on. By default what a store PC runs: the broker embedded, SQLite files
 * in the test's folder. With {@code -Dcafe.test.setup=external}, what a server room runs: each store
 * on a broker of its own from the Artemis distribution (in the store's folder, gone with it) and a
 * new database on one PostgreSQL server per test JVM. The server module's build runs the life-cycle
 * and crash tests a second time that way (the surefire execution {@code on-external-setup}).
 */
final class TestSetup {

    private static final Logger log = LoggerFactory.getLogger(TestSetup.class);

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
                return new RunningStore(config.withDatabase(SharedPostgres.SERVER.newDatabase(2))
                        .withExternalBroker(broker.settings()), broker);
            } catch (RuntimeException | SQLException e) {
                broker.close();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the external broker and PostgreSQL for a test store", e);
        }
    }

    /** One PostgreSQL server for the JVM's tests, started at first use and stopped when the JVM ends. */
    private static final class SharedPostgres {

        static final TestPostgres SERVER = start();

        private static TestPostgres start() {
            try {
                TestPostgres postgres = TestPostgres.start(Files.createTempDirectory("cafe-test-postgres-"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        log.warn("the tests' PostgreSQL did not stop cleanly: {}", e.getMessage());
                    }
                }, "test-postgres-stop"));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
