package cafe.core.server;

import cafe.core.platform.persistence.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (the binaries Maven Central serves, no Docker) with its cluster in a
 * test's folder; each {@link #newDatabase} is an empty database of its own for one store.
 */
public final class TestPostgres implements AutoCloseable {

    private static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedPostgres server;

    private TestPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server whose files are under {@code folder}. */
    public static TestPostgres start(Path folder) {
        try {
            return new TestPostgres(EmbeddedPostgres.builder().setDataDirectory(folder.resolve("postgres"))
                    .setCleanDataDirectory(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
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
}
