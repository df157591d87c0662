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

    /**
     * The server wrote the snapshot in its own folder; it goes where the operator asked, across disks
     * if need be, and leaves the store's folder either way: what cannot go is removed, with any part
     * of it this run copied. A --to that something filled meanwhile is left as it is.
     */
    private void moveOrRemove(Path snapshot) {
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.deleteIfExists(to); // absent or empty when the backup began; refused if filled since
        } catch (IOException e) {
            throw notKept(snapshot, e);
        }
        try {
            Files.move(snapshot, to);
        } catch (IOException otherDisk) {
            copyAcross(snapshot);
        }
    }

    private void copyAcross(Path snapshot) {
        try {
            Files.createDirectory(to); // claimed: no other run copies into it now
        } catch (IOException e) {
            throw notKept(snapshot, e);
        }
        try {
            FileTree.copy(snapshot, to);
        } catch (IOException e) {
            CommandFailure failure = notKept(snapshot, e);
            FileTree.deleteAfter(failure, to);
            throw failure;
        }
        try {
            FileTree.delete(snapshot);
        } catch (IOException e) {
            throw new CommandFailure("the backup is in " + to.toAbsolutePath() + ", but its first copy, "
                    + snapshot + ", could not be removed from the store's folder (" + e + "): remove it by hand", e);
        }
    }

    /** Removes the snapshot from the store's folder, and says that nothing was kept. */
    private CommandFailure notKept(Path snapshot, IOException cause) {
        CommandFailure failure = new CommandFailure("the backup could not be written to " + to.toAbsolutePath()
                + " (" + cause + "); nothing was kept, in the store's folder or there", cause);
        FileTree.deleteAfter(failure, snapshot);
        return failure;
    }
}
