package cafe.core.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DurableCommitsTest {

    private final AtomicLong commits = new AtomicLong();
    private final AtomicInteger syncs = new AtomicInteger();

    @Test
    void theFirstCallSyncsEvenWithoutACommitSinceAnEarlierRunsMayWaitInTheCache() throws Exception {
        new DurableCommits(commits::get, syncs::incrementAndGet).ofAllSoFar();

        assertThat(syncs).hasValue(1);
    }

    @Test
    void aCommitSinceTheLastSyncIsSyncedAndNothingNewIsNot() throws Exception {
        DurableCommits durable = new DurableCommits(commits::get, syncs::incrementAndGet);
        durable.ofAllSoFar();

        commits.incrementAndGet();
        durable.ofAllSoFar();
        durable.ofAllSoFar();

        assertThat(syncs).hasValue(2);
    }

    @Test
    void aCallerWhoseCommitASyncBegunAfterItCoversWaitsForItAndSyncsNoMore() throws Exception {
        CountDownLatch syncing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        DurableCommits durable = new DurableCommits(commits::get, () -> {
            syncs.incrementAndGet();
            syncing.countDown();
            await(finish);
        });
        commits.incrementAndGet();
        Thread first = new Thread(() -> run(durable));
        first.start();
        await(syncing);

        Thread second = new Thread(() -> run(durable));
        second.start();
        finish.countDown();
        first.join(5_000);
        second.join(5_000);

        assertThat(syncs).as("the second caller's commit came before the first's sync").hasValue(1);
    }

    @Test
    void afterASyncFailedNoCallSucceedsAgainEvenOnceTheDiskSyncs() throws Exception {
        DurableCommits durable = failingFirst(new DiskSyncFailed("platformtest.db-wal", new IOException("Input/output error")));
        commits.incrementAndGet();
        assertThatThrownBy(durable::ofAllSoFar).isInstanceOf(DiskSyncFailed.class);

        commits.incrementAndGet();

        assertThatThrownBy(durable::ofAllSoFar).as("the system may have dropped the first commit's pages")
                .hasMessageContaining("an earlier sync failed").hasRootCauseMessage("Input/output error");
        assertThat(syncs).as("no sync after the failed one").hasValue(1);
    }

    @Test
    void aSyncThatCouldNotBeAskedIsTriedAgain() throws Exception {
        DurableCommits durable = failingFirst(new IOException("Too many open files"));
        commits.incrementAndGet();
        assertThatThrownBy(durable::ofAllSoFar).hasMessage("Too many open files");

        durable.ofAllSoFar();

        assertThat(syncs).hasValue(2);
    }

    @Test
    void aCheckpointWhoseSyncFailedLeavesNothingDurableFromThen() {
        DurableCommits durable = new DurableCommits(commits::get, syncs::incrementAndGet);
        durable.lose(new DiskSyncFailed("platformtest.db's checkpoint", new IOException("Input/output error")));
        commits.incrementAndGet();

        assertThatThrownBy(durable::ofAllSoFar).hasMessageContaining("an earlier sync failed");
        assertThat(syncs).hasValue(0);
    }

    /** Its first sync fails as given, later ones succeed. */
    private DurableCommits failingFirst(IOException failure) {
        AtomicInteger failuresLeft = new AtomicInteger(1);
        return new DurableCommits(commits::get, () -> {
            syncs.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw failure;
            }
        });
    }

    private static void run(DurableCommits durable) {
        try {
            durable.ofAllSoFar();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
