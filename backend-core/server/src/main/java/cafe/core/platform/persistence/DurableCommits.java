package cafe.core.platform.persistence;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * Makes a database's commits durable with as few syncs as callers allow: one whose commits a sync
 * begun after them has covered returns without a sync of its own, so the relay and the subscribers
 * of one database, asking at once, share one. The first call always syncs, since commits of an
 * earlier run may still wait in the system's cache.
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
            long coveredBySync = commits.getAsLong();
            sync.run();
            covered = coveredBySync;
        }
    }
}
