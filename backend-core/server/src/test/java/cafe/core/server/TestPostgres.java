package cafe.core.server;

import cafe.core.platform.persistence.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (the binaries Maven Central serves, no Docker) with its cluster in a
 * test's folder; each {@link #newDatabase} is an empty database of its own for one store.
 */
public final class TestPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path folder;
    private final boolean keptAcrossRestarts;
    private EmbeddedPostgres server;

    private TestPostgres(Path folder, boolean keptAcrossRestarts) throws IOException {
        this.folder = folder;
        this.keptAcrossRestarts = keptAcrossRestarts;
        this.server = builder(0).start();
    }

    /** Starts a server whose files are under {@code folder}, made afresh and gone when it closes. */
    public static TestPostgres start(Path folder) {
        try {
            return new TestPostgres(folder, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    /** One server for the JVM's tests, started at first use and stopped when the JVM ends. */
    public static TestPostgres shared() {
        return Shared.SERVER;
    }

    /** Like {@link #start}, for a server that is stopped and started again on its data ({@link #stopWhile}). */
    public static TestPostgres startRestartable(Path folder) throws IOException {
        return new TestPostgres(folder, true);
    }

    /** Stops the server, as an operator's restart or a crash of it does, and runs {@code meanwhile}. */
    public void stopWhile(ThrowingRunnable meanwhile) throws Exception {
        int port = server.getPort();
        server.close();
        try {
            meanwhile.run();
        } finally {
            server = builder(port).start();
        }
    }

    /** What happens while the server is down. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private EmbeddedPostgres.Builder builder(int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("postgres"))
                .setCleanDataDirectory(!keptAcrossRestarts);
        return port == 0 ? builder : builder.setPort(port);
    }

    /** The settings of a new empty database on this server, reached with {@code poolSize} connections per context. */
    public DatabaseSettings newDatabase(int poolSize) throws SQLException {
        String name = "store" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return DatabaseSettings.postgresql("jdbc:postgresql://localhost:" + server.getPort() + "/" + name, USER,
                "unused-the-test-server-trusts-loopback", poolSize);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private static final class Shared {

        static final TestPostgres SERVER = start();

        private static TestPostgres start() {
            try {
                Path folder = Files.createTempDirectory("cafe-test-postgres-");
                TestPostgres postgres = TestPostgres.start(folder);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                        Files.deleteIfExists(folder);
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
