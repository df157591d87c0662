package cafe.core.server.backup;

import cafe.core.platform.files.FileTree;
import cafe.core.platform.files.OwnerOnly;
import cafe.core.platform.messaging.EmbeddedBroker;
import cafe.core.platform.messaging.SealedJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Takes a snapshot of a store's data folder: every SQLite database and the broker's journal as
 * they were at one instant, plus the store's users and certificates, into a new folder laid out
 * like a data folder, with a {@link SnapshotManifest}. See docs/ARCHITECTURE.md, "Backup and
 * restore", for why one instant for all of them is what makes a snapshot consistent.
 */
public final class StoreBackup {

    /** Seals the running broker's journal (e.g. {@link EmbeddedBroker#sealJournal}). */
    @FunctionalInterface
    public interface JournalSealer {
        SealedJournal seal(Path brokerTarget) throws Exception;
    }

    private static final List<String> SECRETS = List.of("users.properties");
    private static final List<String> SECRET_FOLDERS = List.of("tls");

    private final Path dataDir;
    private final String serverVersion;
    private final Clock clock;

    public StoreBackup(Path dataDir, String serverVersion, Clock clock) {
        this.dataDir = dataDir;
        this.serverVersion = serverVersion;
        this.clock = clock;
    }

    /**
     * A snapshot of a running store, taken by the server itself: its services' writers are held
     * (nothing commits) while the databases are copied and the journal is sealed, then the sealed
     * journal is copied while the store runs on.
     */
    public Snapshot live(Path target, Callable<? extends AutoCloseable> holdWriters, JournalSealer journal)
            throws Exception {
        requireNew(target);
        return removedIfFailed(target, () -> {
            prepare(target);
            Instant taken;
            long frozen;
            SealedJournal sealed;
            try (AutoCloseable writers = holdWriters.call();
                 DatabaseFreeze freeze = DatabaseFreeze.hold(databases())) {
                frozen = System.nanoTime();
                taken = clock.instant();
                freeze.copyTo(target);
                sealed = journal.seal(target.resolve(EmbeddedBroker.BROKER_FOLDER));
            }
            Duration pause = Duration.ofNanos(System.nanoTime() - frozen);
            try (sealed) {
                sealed.copyTo(target.resolve(EmbeddedBroker.BROKER_FOLDER));
            }
            return finish(target, taken, pause);
        });
    }

    /** A snapshot of a stopped store's folder (the caller holds its lock, so nothing runs). */
    public Snapshot offline(Path target) throws Exception {
        requireNew(target);
        return removedIfFailed(target, () -> {
            prepare(target);
            Instant taken = clock.instant();
            try (DatabaseFreeze freeze = DatabaseFreeze.hold(databases())) {
                freeze.copyTo(target);
            }
            FileTree.copy(dataDir.resolve(EmbeddedBroker.BROKER_FOLDER),
                    target.resolve(EmbeddedBroker.BROKER_FOLDER));
            return finish(target, taken, Duration.ZERO);
        });
    }

    /**
     * A snapshot that fails half-way (a full disk, a journal that stays busy) is removed: a part of
     * one is no backup, and a nightly one left in the store's own folder would fill its disk.
     */
    private static Snapshot removedIfFailed(Path target, Callable<Snapshot> taking) throws Exception {
        try {
            return taking.call();
        } catch (Exception | Error e) {
            FileTree.deleteAfter(e, target);
            throw e;
        }
    }

    private static void requireNew(Path target) throws IOException {
        if (!FileTree.isEmpty(target)) {
            throw new IllegalArgumentException(target + " already holds files; name a new folder for the backup");
        }
    }

    /** The folder, private to the store's user, with the store's users and certificates in it. */
    private void prepare(Path target) throws IOException {
        OwnerOnly.createFolder(target);
        for (String secret : SECRETS) {
            if (Files.exists(dataDir.resolve(secret))) {
                Files.copy(dataDir.resolve(secret), target.resolve(secret));
            }
        }
        for (String folder : SECRET_FOLDERS) {
            FileTree.copy(dataDir.resolve(folder), OwnerOnly.createFolder(target.resolve(folder)));
        }
    }

    private List<Path> databases() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".db")).sorted().toList();
        }
    }

    private Snapshot finish(Path target, Instant taken, Duration pause) throws IOException, SQLException {
        SnapshotManifest manifest = SnapshotManifest.write(target, serverVersion, taken);
        for (String database : manifest.databases()) {
            checkIntegrity(target.resolve(database));
        }
        return new Snapshot(target, manifest.taken(), manifest.databases().size(),
                (int) manifest.files().keySet().stream().filter(name -> name.startsWith("broker/")).count(), pause);
    }

    private static void checkIntegrity(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            if (!result.next() || !"ok".equals(result.getString(1))) {
                throw new IllegalStateException("the copy of " + database.getFileName() + " failed its integrity check");
            }
        }
    }
}
