package cafe.core.platform.persistence;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A store on one PC: each context's database is the file {@code <dataDir>/<context>.db}, private
 * to the store's user, in WAL mode; deleted rows are overwritten with zeros ({@code secure_delete}).
 * The write-ahead log is copied into the file by {@link #checkpoint} on the upkeep's thread: left to
 * SQLite, the commit that fills 1,000 pages of log copies them and syncs both files before it
 * returns, a few milliseconds that land on whichever order event or bar tap made that commit. A
 * commit still does it itself past {@value #COMMITS_CHECKPOINT_PAST_PAGES} pages, should the upkeep
 * fall behind.
 */
final class SqliteFiles implements StoreDatabases {

    static final int COMMITS_CHECKPOINT_PAST_PAGES = 8_000;
    private static final Set<SQLiteErrorCode> DISK_ERRORS = EnumSet.of(SQLiteErrorCode.SQLITE_IOERR,
            SQLiteErrorCode.SQLITE_IOERR_READ, SQLiteErrorCode.SQLITE_IOERR_SHORT_READ,
            SQLiteErrorCode.SQLITE_IOERR_WRITE, SQLiteErrorCode.SQLITE_IOERR_FSYNC,
            SQLiteErrorCode.SQLITE_IOERR_DIR_FSYNC, SQLiteErrorCode.SQLITE_IOERR_TRUNCATE,
            SQLiteErrorCode.SQLITE_IOERR_CORRUPTFS);
    private static final String SETTINGS = "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=5000&foreign_keys=true"
            + "&secure_delete=true&wal_autocheckpoint=" + COMMITS_CHECKPOINT_PAST_PAGES + "&jdbc.get_generated_keys=false";

    private final Path dataDir;
    private final int poolSize;

    SqliteFiles(Path dataDir, int poolSize) {
        this.dataDir = dataDir;
        this.poolSize = poolSize;
    }

    @Override
    public String describe(String context) {
        return file(context).getFileName() + " in " + dataDir;
    }

    @Override
    public boolean exists(String context) {
        return Files.isRegularFile(file(context));
    }

    /** The file is made private before SQLite first opens it, and so are its companions. */
    @Override
    public void create(String context) {
        PrivateFiles.folder(dataDir);
        Path file = file(context);
        PrivateFiles.file(file);
        for (String companion : new String[] {"-wal", "-shm"}) {
            Path sibling = file.resolveSibling(file.getFileName() + companion);
            if (Files.exists(sibling)) {
                PrivateFiles.file(sibling);
            }
        }
    }

    @Override
    public Connection connect(String context) throws SQLException {
        return DriverManager.getConnection(url(context));
    }

    @Override
    public Connection connectReadOnly(String context) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        return config.createConnection("jdbc:sqlite:" + file(context).toAbsolutePath());
    }

    @Override
    public Properties hibernate(String context) {
        Properties settings = new Properties();
        settings.setProperty("hibernate.connection.url", url(context));
        settings.setProperty("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
        settings.setProperty("hibernate.hikari.maximumPoolSize", Integer.toString(poolSize));
        // the driver looks up no generated keys (SETTINGS); Hibernate asks SQLite for the row id itself
        settings.setProperty("hibernate.jdbc.use_get_generated_keys", "false");
        return settings;
    }

    @Override
    public String dialectOf(String migrationSql) {
        return migrationSql;
    }

    /** A TRUNCATE checkpoint empties the write-ahead log, which still holds the deleted rows' pages. */
    @Override
    public void reclaimDeleted(String context) throws SQLException, DiskSyncFailed {
        checkpoint(context, "TRUNCATE");
    }

    /** PASSIVE: copies what no reader still needs, and never makes a commit or a read wait. */
    @Override
    public void checkpoint(String context) throws SQLException, DiskSyncFailed {
        if (exists(context)) {
            checkpoint(context, "PASSIVE");
        }
    }

    /** A checkpoint syncs both files: an I/O error in it may have lost writes, as a failed sync does. */
    private void checkpoint(String context, String mode) throws SQLException, DiskSyncFailed {
        try (Connection connection = connect(context); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            if (diskFailed(e)) {
                throw new DiskSyncFailed(file(context).getFileName() + "'s checkpoint", e);
            }
            throw e;
        }
    }

    /** SQLite's I/O errors of reading, writing and syncing files (not of memory, locks or mappings). */
    static boolean diskFailed(SQLException e) {
        return e instanceof SQLiteException sqlite && DISK_ERRORS.contains(sqlite.getResultCode());
    }

    /**
     * One sync of the log file, whichever connection wrote it, instead of one per commit (FULL): a
     * relay's batch or a subscriber's acknowledgement waits for it, a kiosk's order or a bar tap does not.
     */
    @Override
    public void makeDurable(String context) throws IOException {
        Path log = file(context).resolveSibling(file(context).getFileName() + "-wal");
        // for writing, though nothing is written: Windows flushes only through a handle that may write
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            force(channel, log);
        } catch (NoSuchFileException noLog) {
            // every commit is in the database file, which the checkpoint that removed the log synced
        }
    }

    /** A stop that interrupts the sync is not the disk's failure; anything else the sync reports is. */
    private static void force(FileChannel channel, Path log) throws IOException {
        try {
            channel.force(false);
        } catch (ClosedChannelException interrupted) {
            throw interrupted;
        } catch (IOException e) {
            throw new DiskSyncFailed(log.getFileName().toString(), e);
        }
    }

    @Override
    public boolean keepsFiles() {
        return true;
    }

    /** One server alone opens the files: its data folder is locked. */
    @Override
    public Optional<ServerTurns> serverTurns(String context) {
        return Optional.empty();
    }

    String url(String context) {
        return "jdbc:sqlite:" + file(context).toAbsolutePath() + SETTINGS;
    }

    private Path file(String context) {
        return dataDir.resolve(context + ".db");
    }
}
