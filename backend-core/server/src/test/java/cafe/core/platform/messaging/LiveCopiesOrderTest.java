package cafe.core.platform.messaging;

import static cafe.core.platform.persistence.OutboxRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.wire.Addresses;
import cafe.core.platform.persistence.OutboxRecord;
import jakarta.jms.JMSException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Who sends a live copy and in what order, with a session that fails on demand: committing threads
 * send once the relay has caught up; after a failure they leave their rows to the relay, which
 * sends every owed copy oldest first, and they send again only after a run with no new failure.
 */
class LiveCopiesOrderTest {

    private final RecordingSession session = new RecordingSession();
    private final LiveCopies live = new LiveCopies("bar", session);

    @Test
    void committingThreadsSendOnlyOnceTheRelayHasCaughtUp() {
        commit(1);
        assertThat(session.sent).as("owed at start: rows from before it go first").isEmpty();

        relayRun(1);
        commit(2);

        assertThat(session.sent).containsExactly(1L, 2L);
    }

    @Test
    void afterAFailedSendTheRelaySendsTheOwedCopiesOldestFirstAndCommittingThreadsWaitForIt() {
        relayRun();
        session.failNextSend = true;
        commit(3);
        commit(4);
        assertThat(session.sent).as("4 waits for 3").isEmpty();

        relayRun(3, 4);
        commit(5);

        assertThat(session.sent).containsExactly(3L, 4L, 5L);
    }

    @Test
    void aFailureDuringTheRelaysRunKeepsCopiesOwedUntilARunWithoutOne() {
        relayRun();
        long before = live.failures();
        session.failNextSend = true;
        commit(6);

        assertThat(live.caughtUp(before)).as("caught up although a copy failed during the run").isFalse();
        commit(7);
        assertThat(session.sent).isEmpty();
        relayRun(6, 7);
        assertThat(session.sent).containsExactly(6L, 7L);
    }

    @Test
    void aCopyHeardLostStopsCommittingThreadsAtOnceAndTheRelaySendsAgain() {
        relayRun();
        commit(8);
        session.lost = true;
        commit(9);

        assertThat(session.sent).as("9 is not sent after a loss").containsExactly(8L);
        relayRun(8, 9);
        assertThat(session.sent).containsExactly(8L, 8L, 9L);
    }

    @Test
    void theRelayDoesNotConfirmABatchWhoseCopyWentMissing() {
        relayRun();
        commit(10);
        session.lost = true;

        live.beforePublishing(List.of(bar(10)));
        assertThatThrownBy(() -> live.confirm(List.of(bar(10)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCopyLostWhileTheRelayPublishesItsBatchIsSentAgainBeforeTheBatchIsConfirmed() {
        relayRun();
        commit(20);
        live.beforePublishing(List.of(bar(20)));
        session.lost = true;
        commit(21); // this commit's thread hears of the loss and renews the session

        live.confirm(List.of(bar(20)));

        assertThat(session.sent).as("20 again, on the new session").containsExactly(20L, 20L);
    }

    @Test
    void aCommitMadeWhileTheRelayHoldsTheSessionIsSentWhenItLetsGo() throws Exception {
        relayRun();
        session.holdTheNextQuestion();
        Thread relay = new Thread(() -> {
            live.beforePublishing(List.of(bar(11)));
            live.confirm(List.of(bar(11)));
        });
        relay.start();
        assertThat(session.asked.await(5, TimeUnit.SECONDS)).as("the relay asks").isTrue();

        commit(12);
        assertThat(session.sent).as("the relay holds the session").containsExactly(11L);
        session.answer.countDown();
        relay.join(5_000);

        assertThat(session.sent).containsExactly(11L, 12L);
    }

    @Test
    void rowsQueuedWhileOwedGoOnceWithTheRelaysBatch() {
        commit(13);
        commit(14);
        relayRun(13, 14);
        commit(15);

        assertThat(session.sent).containsExactly(13L, 14L, 15L);
    }

    private void commit(long seq) {
        live.queue(List.of(bar(seq)));
        live.sendQueued();
    }

    /** A relay run that publishes these rows (all that is due) and catches up. */
    private void relayRun(long... seqs) {
        long before = live.failures();
        List<OutboxRecord> batch = Arrays.stream(seqs).mapToObj(LiveCopiesOrderTest::bar).toList();
        if (!batch.isEmpty()) {
            live.beforePublishing(batch);
            live.confirm(batch);
            live.published(batch.stream().map(OutboxRecord::seq).toList());
        }
        assertThat(live.caughtUp(before)).as("caught up").isTrue();
    }

    private static OutboxRecord bar(long seq) {
        return row(seq, Addresses.BARISTA_EVENTS);
    }

    private static final class RecordingSession implements LiveSession {
        final List<Long> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch asked = new CountDownLatch(1);
        final CountDownLatch answer = new CountDownLatch(1);
        volatile boolean failNextSend;
        volatile boolean lost;
        private volatile boolean holding;

        void holdTheNextQuestion() {
            holding = true;
        }

        @Override
        public void send(OutboxRecord row) throws JMSException {
            if (failNextSend) {
                failNextSend = false;
                throw new JMSException("the broker went away");
            }
            sent.add(row.seq());
        }

        @Override
        public void confirm() {
            if (holding) {
                holding = false;
                asked.countDown();
                try {
                    answer.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (lost) {
                throw new IllegalStateException("a copy went missing");
            }
        }

        @Override
        public boolean lostSome() {
            return lost;
        }

        @Override
        public void renew() {
            lost = false;
        }

        @Override
        public void close() {
        }
    }
}
