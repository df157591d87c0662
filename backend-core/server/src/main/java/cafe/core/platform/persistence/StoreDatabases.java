package cafe.core.platform.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * The one place that knows which database product holds the contexts' data ({@link SqliteFiles} or
 * {@link PostgresqlSchemas}): how to reach one context's database, how Hibernate speaks to it, how
 * the migrations' SQL reads in its dialect, and the upkeep only files need. Not sealed, so that a
 * test can wrap one and fail a sync the way a failing disk does.
 */
public interface StoreDatabases {

    /** Where the context's data is, for messages: a file name or a schema in a database. */
    String describe(String context);

    /** Whether the context's database was ever created (a store that never started has none). */
    boolean exists(String context) throws SQLException;

    /** Creates the context's empty database (file or schema) if it is not there yet. */
    void create(String context);

    /** A connection to the context's database; its tables are found without a schema name. */
    Connection connect(String context) throws SQLException;

    /** A connection that cannot change anything, for checks beside a running server. */
    Connection connectReadOnly(String context) throws SQLException;

    /** Hibernate's connection, dialect and pool settings for the context. */
    Properties hibernate(String context);

    /** A migration script's SQL, written with SQLite's types, in this product's dialect. */
    String dialectOf(String migrationSql);

    /**
     * Makes rows just deleted leave the storage itself (a card token in a trimmed outbox row), as
     * far as the product lets the store do it.
     */
    void reclaimDeleted(String context) throws SQLException, DiskSyncFailed;

    /**
     * Moves what the product keeps aside for recent commits into the database proper, off the
     * commits' path (SQLite's write-ahead log); nothing where the product does that itself.
     *
     * @throws DiskSyncFailed when the disk failed a write or sync of it
     */
    void checkpoint(String context) throws SQLException, DiskSyncFailed;

    /**
     * Makes every commit so far survive a power cut before the store lets anything depend on it
     * (an event leaving, a message acknowledged): SQLite's NORMAL sync keeps the log's newest commits
     * in the system's cache until the next checkpoint; nothing where every commit is durable itself.
     *
     * @throws DiskSyncFailed when the system reported that the sync itself failed
     * @throws IOException when it could not be asked (the file would not open), which may pass
     */
    void makeDurable(String context) throws IOException;

    /** Whether the data is files in the data folder, which the store backs up and checks itself. */
    boolean keepsFiles();

    /**
     * How the servers sharing the context's database take turns on it; empty where one server alone
     * reaches it (files in its data folder, which it locks).
     */
    Optional<ServerTurns> serverTurns(String context);
}
