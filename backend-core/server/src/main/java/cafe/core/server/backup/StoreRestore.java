package cafe.core.server.backup;

import cafe.core.platform.files.FileTree;
import cafe.core.platform.files.OwnerOnly;
import cafe.core.server.control.DataFolderLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Brings a snapshot back into a data folder whose server is stopped: checks the snapshot against
 * its manifest first, refuses a folder a running server holds, copies the snapshot into
 * {@code restoring-<time>} inside the folder, then moves what the folder held aside (into
 * {@code replaced-<time>}, never deleting an operator's data) and the copy in. A copy that fails
 * (a full disk) is removed and leaves the folder as it was; the moves need no space; a copy left by
 * a restore that was killed is removed by the next. The next start of the server carries on from
 * the snapshot's instant.
 */
public final class StoreRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> STATE = List.of("broker", "users.properties", "tls", "terminals");
    private static final String STAGING = "restoring-";
    private static final Pattern STAGED = Pattern.compile(STAGING + "\\d{8}-\\d{6}");

    private final Path dataDir;
    private final Clock clock;
    private final FileCopy copy;

    /** How one file of the snapshot is copied (a test makes the disk fill up half-way). */
    @FunctionalInterface
    interface FileCopy {
        void copy(Path from, Path to) throws IOException;
    }

    public StoreRestore(Path dataDir, Clock clock) {
        this(dataDir, clock, (from, to) -> Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES));
    }

    StoreRestore(Path dataDir, Clock clock, FileCopy copy) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.copy = copy;
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
            removeDeadRestores();
            String stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
            Path staged = staged(snapshot, manifest, dataDir.resolve(STAGING + stamp));
            Optional<Path> replaced = moveAside(unused(dataDir.resolve("replaced-" + stamp)));
            moveInto(entries(staged, entry -> true), dataDir);
            Files.delete(staged);
            return new Restored(manifest.taken(), manifest.databases().size(), manifest.serverVersion(), replaced);
        }
    }

    /** A restore killed during its copy left its part-copy: with the folder's lock held, no restore runs now. */
    private void removeDeadRestores() throws IOException {
        for (Path dead : entries(dataDir, entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                && STAGED.matcher(entry.getFileName().toString()).matches())) {
            FileTree.delete(dead);
        }
    }

    /** The folder, or the first of {@code folder-2}, {@code folder-3}... that does not exist yet. */
    private static Path unused(Path folder) {
        Path free = folder;
        for (int n = 2; Files.exists(free); n++) {
            free = folder.resolveSibling(folder.getFileName() + "-" + n);
        }
        return free;
    }

    /** The snapshot's files copied into {@code staging}, or nothing of them if the copy fails. */
    private Path staged(Path snapshot, SnapshotManifest manifest, Path staging) throws IOException {
        OwnerOnly.createFolder(staging);
        try {
            for (String file : manifest.files().keySet()) {
                Path target = staging.resolve(file);
                OwnerOnly.createFolder(target.getParent());
                copy.copy(snapshot.resolve(file), target);
            }
            return staging;
        } catch (IOException e) {
            IOException failed = new IOException("the snapshot could not be copied into " + dataDir.toAbsolutePath()
                    + " (" + e.getMessage() + "); nothing in the folder was changed", e);
            FileTree.deleteAfter(failed, staging);
            throw failed;
        }
    }

    private Optional<Path> moveAside(Path aside) throws IOException {
        List<Path> state = entries(dataDir, this::isState);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        OwnerOnly.createFolder(aside);
        moveInto(state, aside);
        return Optional.of(aside);
    }

    private static List<Path> entries(Path folder, Predicate<Path> taken) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(taken).toList();
        }
    }

    /** Renames within the data folder's disk: they need no space, unlike the copy before them. */
    private static void moveInto(List<Path> entries, Path folder) throws IOException {
        for (Path entry : entries) {
            Files.move(entry, folder.resolve(entry.getFileName()));
        }
    }

    private boolean isState(Path file) {
        String name = file.getFileName().toString();
        return STATE.contains(name) || name.endsWith(".db") || name.endsWith(".db-wal") || name.endsWith(".db-shm");
    }
}
