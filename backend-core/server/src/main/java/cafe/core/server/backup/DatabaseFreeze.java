package cafe.core.server.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every SQLite database of a data folder held still at one instant: this holds the write lock of
 * each ({@code BEGIN IMMEDIATE}), taken in name order, so nothing commits anywhere while it is
 * held; readers go on (WAL). A running server's own writers are held first ({@code WritersOnHold}),
 * so these locks are free at once; in a stopped server's folder nothing else writes.
 */
final class DatabaseFreeze implements AutoCloseable {

    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    private final List<Path> databases;
    private final List<Connection> locks;

    private DatabaseFreeze(List<Path> databases, List<Connection> locks) {
        this.databases = databases;
        this.locks = locks;
    }

    static DatabaseFreeze hold(List<Path> databases) throws SQLException {
        List<Path> inOrder = databases.stream().sorted().toList();
        List<Connection> locks = new ArrayList<>();
        try {
            for (Path database : inOrder) {
                locks.add(writeLock(database));
            }
            return new DatabaseFreeze(inOrder, locks);
        } catch (SQLException busy) {
            release(locks);
            throw busy;
        }
    }
    private static Connection writeLock(Path database) throws SQLException {
        Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + database.toAbsolutePath() + "?busy_timeout=" + LOCK_WAIT.toMillis());
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Writes a copy of every database, as it is at this instant, into the folder under the same
     * file name ({@code VACUUM INTO}, a read, from a connection of its own).
     */
    void copyTo(Path folder) throws SQLException {
        for (Path database : databases) {
            Path copy = folder.resolve(database.getFileName());
            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
                 Statement statement = reader.createStatement()) {
                statement.execute("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        }
    }

    @Override
    public void close() {
        release(locks);
    }

    private static void release(List<Connection> locks) {
        for (Connection lock : locks) {
            try (lock; Statement statement = lock.createStatement()) {
                statement.execute("ROLLBACK");
            } catch (SQLException e) {
                // closing the connection ends its transaction anyway
            }
        }
        locks.clear();
    }
}
