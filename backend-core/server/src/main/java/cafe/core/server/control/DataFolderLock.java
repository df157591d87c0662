package cafe.core.server.control;

import cafe.core.platform.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who owns a data folder right now: a running store server, or a backup or restore of a stopped
 * one. An operating-system lock on {@code <dataDir>/server.lock}, so it goes with the process that
 * held it, however that process ends; the file names the holder's process id for the message.
 * Folders this process holds are also kept in a set: the operating system's lock belongs to the
 * whole process, and opening the file a second time here and closing it would drop it.
 */
public final class DataFolderLock implements AutoCloseable {

    static final String FILE = "server.lock";
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder, creating it owner-only if needed (its broker journal holds card tokens until
     * they are trimmed); empty when another process (or this one) holds it.
     */
    public static Optional<DataFolderLock> tryTake(Path dataDir) {
        try {
            if (Files.notExists(dataDir)) {
                OwnerOnly.createFolder(dataDir);
            }
            Path folder = dataDir.toRealPath();
            if (!HELD_HERE.add(folder)) {
                return Optional.empty();
            }
            Optional<DataFolderLock> taken = lockFile(folder);
            if (taken.isEmpty()) {
                HELD_HERE.remove(folder);
            }
            return taken;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the data folder " + dataDir, e);
        }
    }

    private static Optional<DataFolderLock> lockFile(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0).write(ByteBuffer.wrap(
                String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
        return Optional.of(new DataFolderLock(folder, channel, lock));
    }

    /** Takes the folder or says, in one sentence naming the holder, why it cannot. */
    public static DataFolderLock take(Path dataDir, String purpose) {
        return tryTake(dataDir).orElseThrow(() -> new IllegalStateException(
                "cannot " + purpose + ": " + holder(dataDir) + " is using the data folder " + dataDir.toAbsolutePath()));
    }

    /** Whether a store server (or a backup or restore) holds the folder now. */
    public static boolean isTaken(Path dataDir) {
        if (!Files.exists(dataDir.resolve(FILE))) {
            return false;
        }
        Optional<DataFolderLock> probe = tryTake(dataDir);
        probe.ifPresent(DataFolderLock::close);
        return probe.isEmpty();
    }

    private static String holder(Path dataDir) {
        try {
            String pid = Files.readString(dataDir.resolve(FILE), StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "another process" : "process " + pid;
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the data folder lock", e);
        } finally {
            HELD_HERE.remove(folder);
        }
    }
}
