package cafe.core.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * Plain JDBC statements on the connection of the session's transaction, for the rows written on
 * every event (the outbox, the processed-message ledger, an order's steps): an entity there costs a
 * persist, a flush and a dirty check for a row nothing reads back in the same transaction. The SQL
 * must be portable (standard SQL, no SQLite-only forms); an {@link Instant} is bound as epoch
 * milliseconds, as the entities store it. A failure comes back as Hibernate's JDBC exception.
 */
public final class PlainStatements {

    private PlainStatements() {
    }

    /** Runs an INSERT, UPDATE or DELETE with the values bound in order; returns the rows it changed. */
    public static int update(Session session, String sql, Object... values) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                return statement.executeUpdate();
            }
        });
    }

    /** Runs one INSERT, UPDATE or DELETE once for each row of values, as one JDBC batch. */
    public static void updateEach(Session session, String sql, List<Object[]> rows) {
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] values : rows) {
                    bind(statement, values);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** True if the query finds at least one row. */
    public static boolean exists(Session session, String sql, Object... values) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            statement.setObject(i + 1, value instanceof Instant instant ? instant.toEpochMilli() : value);
        }
    }
}
