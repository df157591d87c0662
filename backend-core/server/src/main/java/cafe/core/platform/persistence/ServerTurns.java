package cafe.core.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How the StoreServers that share one PostgreSQL database take turns on a context, as one server's
 * transactions take turns in its memory ({@link HibernateTransactions}): each transaction waits for
 * the context's turn (an advisory lock held until it ends) before its first statement, so commits,
 * and the outbox numbers given in them, follow one order whichever server made them. A commit that
 * wrote events tells the others (NOTIFY), and one server at a time relays the outbox ({@link RelayLease}).
 * The locks are keyed by purpose and the context's name, so two stores need two databases.
 */
public final class ServerTurns {

    private static final int TRANSACTION = 1;
    private static final int RELAY = 2;
    private static final int MIGRATION = 3;

    private final String context;

    ServerTurns(String context) {
        this.context = context;
    }

    /** Waits for the context's turn; the database gives it back when the connection's transaction ends. */
    void take(Connection connection) throws SQLException {
        lock(connection, "SELECT pg_advisory_xact_lock(?, ?)", TRANSACTION);
    }

    /** Waits until no other server creates or migrates the context's schema, until the connection closes. */
    void holdMigrations(Connection connection) throws SQLException {
        lock(connection, "SELECT pg_advisory_lock(?, ?)", MIGRATION);
    }

    /** Tells the other servers, once the connection's transaction commits, that it wrote events. */
    void announceEvents(Connection connection) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
            notify.setString(1, channel());
            notify.execute();
        }
    }

    /** Listens on the connection for the other servers' commits of events. */
    void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel());
        }
    }

    /** Takes the relay of the context's outbox if no other server holds it; kept until the connection closes. */
    boolean tryRelay(Connection connection) throws SQLException {
        try (PreparedStatement query = prepared(connection, "SELECT pg_try_advisory_lock(?, ?)", RELAY);
             ResultSet rows = query.executeQuery()) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    String context() {
        return context;
    }

    private void lock(Connection connection, String sql, int purpose) throws SQLException {
        try (PreparedStatement lock = prepared(connection, sql, purpose)) {
            lock.execute();
        }
    }

    private PreparedStatement prepared(Connection connection, String sql, int purpose) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setInt(1, purpose);
        statement.setInt(2, context.hashCode());
        return statement;
    }

    /** The context is a schema name (lower-case letters, digits, underscores), so it fits a channel's name. */
    private String channel() {
        return "cafe_outbox_" + context;
    }
}
