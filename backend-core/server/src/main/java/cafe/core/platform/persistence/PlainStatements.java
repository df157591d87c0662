package cafe.core.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Plain JDBC statements on the connection of the session's transaction, for the rows read and
 * written on every event (the outbox, the processed-message ledger, orders, tickets, payments): an
 * entity there costs a load into the session, a dirty check and a flush for a row that is read once,
 * mapped to the domain and written back whole. The SQL must be portable (standard SQL, no
 * SQLite-only forms). Bound values as the entities store them: an {@link Instant} as epoch
 * milliseconds, an enum by name, a boolean as 1 or 0 (flags are integer columns on both databases).
 * A failure comes back as Hibernate's JDBC exception.
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

    /** The rows the query finds, each mapped by {@code row}. */
    public static <T> List<T> list(Session session, String sql, Row<T> row, Object... values) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, values);
                List<T> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(row.map(rows));
                    }
                }
                return found;
            }
        });
    }

    /** The one row the query finds, if any; a query that finds more is a mistake. */
    public static <T> Optional<T> one(Session session, String sql, Row<T> row, Object... values) {
        List<T> found = list(session, sql, row, values);
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " rows where one was expected: " + sql);
        }
        return found.stream().findFirst();
    }

    /** {@code count} parameter marks for an IN list: "?, ?, ?". */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** An instant column (epoch milliseconds), null when empty. */
    public static Instant instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** Maps the current row of a result to a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, column(values[i]));
        }
    }

    private static Object column(Object value) {
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        return value;
    }
}
