package cafe.core.server;

import cafe.core.platform.files.FileTree;
import cafe.core.server.backup.Snapshot;
import cafe.core.server.backup.StoreBackup;
import cafe.core.server.control.ControlClient;
import cafe.core.server.control.DataFolderLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cafe-server backup --data DIR --to PATH}: a consistent snapshot of the store. A running
 * server takes it itself (asked through its control socket) while orders flow; a stopped one's
 * folder is copied here, holding its lock so no server starts meanwhile.
 */
@Command(name = "backup", description = "Writes a consistent snapshot of the store's databases and broker journal "
        + "into a new folder, while the store runs or while it is stopped.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Option(names = "--to", required = true, paramLabel = "PATH", description = "A new folder for the snapshot.")
    private Path to;

    @Override
    public Integer call() throws Exception {
        ServerLogging.quiet();
        Path folder = data.folder();
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("there is no data folder at " + folder.toAbsolutePath());
        }
        if (!FileTree.isEmpty(to)) {
            throw new CommandFailure(to + " already holds files; name a new folder for the backup");
        }
        try {
            List<String> report = fromTheServerOrTheFolder(folder);
            spec.commandLine().getOut().println("Backup written to " + to.toAbsolutePath());
            report.forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (IllegalStateException | IllegalArgumentException refused) {
            throw new CommandFailure(refused.getMessage(), refused);
        }
    }

    private List<String> fromTheServerOrTheFolder(Path folder) throws Exception {
        Optional<DataFolderLock> stopped = DataFolderLock.tryTake(folder);
        if (stopped.isEmpty()) {
            List<String> answer = ControlClient.ask(folder, "backup");
            moveOrRemove(Path.of(answer.get(0)));
            return answer.subList(1, answer.size());
        }
        try (DataFolderLock lock = stopped.get()) {
            Snapshot snapshot = new StoreBackup(folder, BuildVersion.current(), Clock.systemUTC()).offline(to);
            return snapshot.describe();
        }
    }

    /** The snapshot leaves the store's folder either way: where the operator asked, or removed if it cannot go. */
    private void moveOrRemove(Path snapshot) throws IOException {
        try {
            moveTree(snapshot, to);
        } catch (IOException e) {
            FileTree.delete(snapshot);
            FileTree.delete(to); // a part copied across disks: it was absent or empty before
            throw new CommandFailure("the backup could not be written to " + to.toAbsolutePath() + " (" + e
                    + "); nothing was kept, in the store's folder or there", e);
        }
    }

    /** The server wrote the snapshot in its own folder; it goes where the operator asked, across disks if need be. */
    private static void moveTree(Path from, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.deleteIfExists(target);
        try {
            Files.move(from, target);
        } catch (IOException otherDisk) {
            FileTree.copy(from, target);
            FileTree.delete(from);
        }
    }
}
