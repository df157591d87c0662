package cafe.core.platform.persistence;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * Makes a database's commits durable with as few syncs as callers allow: one whose commits a sync
 * begun after them has covered returns without a sync of its own, so the relay and the subscribers
 * of one database, asking at once, share one. The first call always syncs, since commits of an
 * earlier run may still wait in the system's cache.
 * <p>
 * A sync the system says failed ({@link DiskSyncFailed}, here or in a checkpoint) leaves the
 * commits not yet covered in doubt for good: the system may have dropped their pages and will not
 * say so again, so a later sync that succeeds proves nothing about them. Every later call fails
 * with that failure as its cause; only a restart, which reads what the disk really holds, ends
 * that. A sync that could not be asked (the log would not open) may be tried again.
 */
final class DurableCommits {

    /** One sync of everything committed before it began. */
    @FunctionalInterface
    interface Sync {
        void run() throws IOException;
    }

    private final LongSupplier commits;
    private final Sync sync;
    private long covered = -1;
    private DiskSyncFailed lost;

    /** @param commits how many transactions have committed so far, counted after each commit */
    DurableCommits(LongSupplier commits, Sync sync) {
        this.commits = commits;
        this.sync = sync;
    }

    /** Returns once every commit made before the call is durable. */
    void ofAllSoFar() throws IOException {
        long committedBefore = commits.getAsLong();
        synchronized (this) {
            if (covered >= committedBefore) {
                return;
            }
            if (lost != null) {
                throw new IOException("an earlier sync failed, so these commits may not be on the disk", lost);
            }
            long coveredBySync = commits.getAsLong();
            try {
                sync.run();
            } catch (DiskSyncFailed e) {
                lost = e;
                throw e;
            }
            covered = coveredBySync;
        }
    }

    /** Another sync of the same files failed (a checkpoint's): nothing is durable from now on. */
    synchronized void lose(DiskSyncFailed cause) {
        if (lost == null) {
            lost = cause;
        }
    }
}
