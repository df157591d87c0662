package cafe.core.platform.messaging;

import cafe.core.platform.files.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.core.journal.impl.JournalImpl;
import org.apache.activemq.artemis.core.paging.PagingManager;
import org.apache.activemq.artemis.core.persistence.StorageManager;
import org.apache.activemq.artemis.core.server.ActiveMQServer;

/**
 * The broker's journal files as they were at one instant: the broker writes on in new files
 * meanwhile and keeps these until {@link #close()}, so they can be copied at leisure.
 */
public final class SealedJournal implements AutoCloseable {

    private static final List<String> PAGED_FOLDERS = List.of("paging", "large-messages");
    private static final long FLUSH_SECONDS = 10;

    /** A sealed file and the folder, under the broker's folder, it belongs in. */
    record SealedFile(Path file, String folder) {
    }

    private final List<SealedFile> files;
    private final Runnable release;

    SealedJournal(List<SealedFile> files, Runnable release) {
        this.files = List.copyOf(files);
        this.release = release;
    }

    /**
     * Seals the journal now: with the broker's storage write lock held (nothing is written
     * meanwhile) the pending appends are flushed, the current journal and bindings files are
     * closed and every file up to them is kept from reclaim and compaction; paged and large
     * messages are copied into {@code brokerTarget} under the same lock. The lock is held for
     * milliseconds. This is how Artemis itself starts replicating to a backup broker.
     */
    static SealedJournal seal(ActiveMQServer server, Path brokerFolder, Path brokerTarget) throws Exception {
        StorageManager storage = server.getStorageManager();
        JournalImpl messages = (JournalImpl) storage.getMessageJournal();
        JournalImpl bindings = (JournalImpl) storage.getBindingsJournal();
        Runnable release = () -> {
            messages.replicationSyncFinished();
            bindings.replicationSyncFinished();
        };
        storage.writeLock();
        try {
            if (!messages.flushAppendExecutor(FLUSH_SECONDS, TimeUnit.SECONDS)
                    || !bindings.flushAppendExecutor(FLUSH_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the broker's journal stayed busy; try the backup again");
            }
            messages.synchronizationLock();
            bindings.synchronizationLock();
            try {
                messages.replicationSyncPreserveOldFiles();
                bindings.replicationSyncPreserveOldFiles();
                List<SealedFile> files = new ArrayList<>(closeCurrentFile(messages, "journal"));
                files.addAll(closeCurrentFile(bindings, "bindings"));
                copyPagedMessages(server.getPagingManager(), brokerFolder, brokerTarget);
                return new SealedJournal(files, release);
            } catch (Exception e) {
                release.run();
                throw e;
            } finally {
                messages.synchronizationUnlock();
                bindings.synchronizationUnlock();
            }
        } finally {
            storage.writeUnlock();
        }
    }

    private static List<SealedFile> closeCurrentFile(JournalImpl journal, String folder) throws Exception {
        journal.forceMoveNextFile();
        return Arrays.stream(journal.getDataFiles())
                .map(file -> new SealedFile(file.getFile().getJavaFile().toPath(), folder))
                .toList();
    }

    private static void copyPagedMessages(PagingManager paging, Path brokerFolder, Path brokerTarget)
            throws IOException {
        paging.lock();
        try {
            for (String folder : PAGED_FOLDERS) {
                FileTree.copy(brokerFolder.resolve(folder), brokerTarget.resolve(folder));
            }
        } finally {
            paging.unlock();
        }
    }

    /** Copies the sealed files into {@code brokerFolder}'s {@code journal} and {@code bindings} folders. */
    public void copyTo(Path brokerFolder) throws IOException {
        for (SealedFile sealed : files) {
            Path folder = Files.createDirectories(brokerFolder.resolve(sealed.folder()));
            Files.copy(sealed.file(), folder.resolve(sealed.file().getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    public int fileCount() {
        return files.size();
    }

    /** Lets the broker reclaim and compact the sealed files again. */
    @Override
    public void close() {
        release.run();
    }
}
