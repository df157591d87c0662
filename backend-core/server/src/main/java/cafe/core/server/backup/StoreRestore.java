package cafe.core.server.backup;

import cafe.core.platform.files.OwnerOnly;
import cafe.core.server.control.DataFolderLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Brings a snapshot back into a data folder whose server is stopped: checks the snapshot against
 * its manifest first, refuses a folder a running server holds, moves what the folder held aside
 * (into {@code replaced-<time>}, never deleting an operator's data) and copies the snapshot in.
 * The next start of the server carries on from the snapshot's instant.
 */
public final class StoreRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> STATE = List.of("broker", "users.properties", "tls", "terminals");

    private final Path dataDir;
    private final Clock clock;

    public StoreRestore(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** What the restore did: the snapshot's instant and where the folder's earlier state went, if any. */
    public record Restored(Instant taken, int databases, String serverVersion, Optional<Path> replaced) {

        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            lines.add("restored the snapshot of " + taken + " (" + databases + " databases, taken by cafe-server "
                    + serverVersion + ")");
            replaced.ifPresent(folder -> lines.add("what the folder held before is kept in " + folder));
            return lines;
        }
    }

    public Restored from(Path snapshot) throws IOException {
        SnapshotManifest manifest = SnapshotManifest.verified(snapshot);
        Optional<DataFolderLock> taken = DataFolderLock.tryTake(dataDir);
        if (taken.isEmpty()) {
            throw new IllegalStateException("a store server is running on " + dataDir.toAbsolutePath()
                    + "; stop it before restoring into its data folder");
        }
        try (DataFolderLock lock = taken.get()) {
            Optional<Path> replaced = moveAside();
            for (String file : manifest.files().keySet()) {
                Path target = dataDir.resolve(file);
                OwnerOnly.createFolder(target.getParent());
                Files.copy(snapshot.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return new Restored(manifest.taken(), manifest.databases().size(), manifest.serverVersion(), replaced);
        }
    }

    private Optional<Path> moveAside() throws IOException {
        List<Path> present = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(this::isState).forEach(present::add);
        }
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Path aside = OwnerOnly.createFolder(dataDir.resolve("replaced-" + STAMP.format(clock.instant()
                .atZone(ZoneId.systemDefault()))));
        for (Path file : present) {
            Files.move(file, aside.resolve(file.getFileName()));
        }
        return Optional.of(aside);
    }

    private boolean isState(Path file) {
        String name = file.getFileName().toString();
        return STATE.contains(name) || name.endsWith(".db") || name.endsWith(".db-wal") || name.endsWith(".db-shm");
    }
}
