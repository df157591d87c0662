package cafe.core.platform.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** The store's SQLite files on a disk whose next syncs or checkpoints fail, as a dying disk's do. */
public final class FailingDisk implements StoreDatabases {

    private final StoreDatabases files;
    private final AtomicInteger syncsToFail = new AtomicInteger();
    private final AtomicInteger checkpointsToFail = new AtomicInteger();

    public FailingDisk(java.nio.file.Path dataDir) {
        this.files = DatabaseSettings.sqliteFiles().databases(dataDir);
    }

    /** The next {@code count} syncs of a log fail; later ones succeed. */
    public void failSyncs(int count) {
        syncsToFail.set(count);
    }

    /** The next {@code count} checkpoints fail with an I/O error; later ones succeed. */
    public void failCheckpoints(int count) {
        checkpointsToFail.set(count);
    }

    @Override
    public void makeDurable(String context) throws IOException {
        if (syncsToFail.getAndDecrement() > 0) {
            throw new DiskSyncFailed(context + ".db-wal", new IOException("Input/output error"));
        }
        files.makeDurable(context);
    }

    @Override
    public void checkpoint(String context) throws SQLException, DiskSyncFailed {
        failCheckpointIfDue(context);
        files.checkpoint(context);
    }

    @Override
    public void reclaimDeleted(String context) throws SQLException, DiskSyncFailed {
        failCheckpointIfDue(context);
        files.reclaimDeleted(context);
    }

    private void failCheckpointIfDue(String context) throws DiskSyncFailed {
        if (checkpointsToFail.getAndDecrement() > 0) {
            throw new DiskSyncFailed(context + ".db's checkpoint", new IOException("Input/output error"));
        }
    }

    @Override
    public String describe(String context) {
        return files.describe(context);
    }

    @Override
    public boolean exists(String context) throws SQLException {
        return files.exists(context);
    }

    @Override
    public void create(String context) {
        files.create(context);
    }

    @Override
    public Connection connect(String context) throws SQLException {
        return files.connect(context);
    }

    @Override
    public Connection connectReadOnly(String context) throws SQLException {
        return files.connectReadOnly(context);
    }

    @Override
    public Properties hibernate(String context) {
        return files.hibernate(context);
    }

    @Override
    public String dialectOf(String migrationSql) {
        return files.dialectOf(migrationSql);
    }

    @Override
    public boolean keepsFiles() {
        return files.keepsFiles();
    }

    @Override
    public Optional<ServerTurns> serverTurns(String context) {
        return files.serverTurns(context);
    }
}
