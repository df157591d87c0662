package cafe.core.platform.messaging;

import cafe.core.platform.persistence.OutboxRecord;
import jakarta.jms.JMSException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live copies of one context's events, for the terminals that follow them
 * ({@link Topology#liveAddressOf}): non-persistent and without duplicate ids, so the broker writes
 * nothing to its journal for them, sent on a {@link LiveSession}.
 * <p>
 * A commit queues its rows while it holds the database's turn, so they queue in the order of
 * commits; once the turn is given back, the committing thread sends what is queued, unless another
 * thread is sending, which then sends these too. So a screen waits for no other thread, and the
 * thread that committed (a barista's tap) does not wait for the broker.
 * <p>
 * The relay, before it publishes a batch, sends the batch's copies not sent yet, and after it has
 * the broker confirm every send so far (sending again first what a failure meanwhile left unsent):
 * only then are the batch's rows marked published. At start, and after a send that fails, a
 * refusal, a question unanswered or a failure of the connection, every copy not yet published is
 * owed: committing threads leave their rows queued, and the relay reads the rows due and sends
 * their copies oldest first until a run has published all of them with no new failure. So
 * terminals hear a context's events in the order they were written while all goes well; a copy
 * sent again after a failure may come after newer ones, which screens keep.
 */
final class LiveCopies implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveCopies.class);

    private final String context;
    private final LiveSession session;
    private final Queue<OutboxRecord> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock sending = new ReentrantLock();
    /** Rows whose copies went and are not yet marked published, by seq. */
    private final Set<Long> sent = ConcurrentHashMap.newKeySet();
    /** The newest row whose copy went, by seq: a queued row up to it went with the relay's batch. */
    private long newestSent;
    /** Failures so far: the relay lets committing threads send again only after a run without one. */
    private volatile long failures;
    /** While true, only the relay sends, oldest first; written holding {@link #sending}. */
    private volatile boolean owing = true;
    private volatile boolean closed;

    LiveCopies(String context, LiveSession session) {
        this.context = context;
        this.session = session;
    }

    /** Queues the rows of a commit that terminals follow; call while holding the database's turn. */
    void queue(List<OutboxRecord> rows) {
        rows.stream().filter(LiveCopies::followedLive).forEach(queued::add);
    }

    /** After a commit, on its thread: sends the queued copies, unless another thread is sending or copies are owed. */
    void sendQueued() {
        while (!owing && !closed && !queued.isEmpty() && sending.tryLock()) {
            try {
                if (session.lostSome()) {
                    fail(new IllegalStateException("live events of " + context + " went missing"));
                } else if (!owing) {
                    sendQueuedNow();
                }
            } catch (IllegalStateException e) {
                fail(e);
            } finally {
                sending.unlock();
            }
        }
    }

    /**
     * For the relay, before it publishes {@code batch} (in the order written): sends the copies of it
     * not sent yet, after what commits queued if nothing is owed. Throws if it cannot; every copy not
     * yet published is then owed.
     */
    void beforePublishing(List<OutboxRecord> batch) {
        asRelay(() -> {
            if (!owing) {
                sendQueuedNow();
            }
            sendUnsent(batch);
            if (owing) {
                queued.removeIf(row -> row.seq() <= newestSent);
            }
        });
    }

    /**
     * For the relay, once {@code batch} is published and before its rows are marked so: if it has a
     * row followed live, has the broker confirm every copy sent so far, after sending again those
     * of the batch a failure since {@link #beforePublishing} left unsent (their session was renewed).
     * Throws if it cannot; every copy not yet published is then owed.
     */
    void confirm(List<OutboxRecord> batch) {
        if (batch.stream().anyMatch(LiveCopies::followedLive)) {
            asRelay(() -> {
                sendUnsent(batch);
                session.confirm();
            });
        }
    }

    /** A step of the relay's, holding the session; one that fails makes every copy not yet published owed. */
    private void asRelay(Runnable step) {
        sending.lock();
        try {
            step.run();
        } catch (IllegalStateException e) {
            fail(e);
            throw e;
        } finally {
            sending.unlock();
        }
        sendQueued();
    }

    /** For the relay, before a run: what {@link #caughtUp} is told after it. */
    long failures() {
        return failures;
    }

    /**
     * For the relay, after a run that published every row due with none waiting for a retry: if no
     * failure came since {@code failuresBefore}, committing threads send again (rows queued since are
     * newer than every row published). False if one came: the relay must read the rows due again.
     */
    boolean caughtUp(long failuresBefore) {
        sending.lock();
        try {
            if (failures != failuresBefore) {
                return false;
            }
            if (owing && !closed) {
                sendQueuedNow();
                owing = false;
                if (failures > 0) {
                    log.info("live events of {} go out at their commits again", context);
                }
            }
            return true;
        } catch (IllegalStateException e) {
            fail(e);
            return false;
        } finally {
            sending.unlock();
            sendQueued();
        }
    }

    /** The relay marked these rows published: they will not be read again. */
    void published(List<Long> seqs) {
        seqs.forEach(sent::remove);
    }

    private void sendUnsent(List<OutboxRecord> batch) {
        send(batch.stream().filter(LiveCopies::followedLive).filter(row -> !sent.contains(row.seq())).toList());
    }

    private void sendQueuedNow() {
        List<OutboxRecord> rows = new ArrayList<>();
        for (OutboxRecord row; (row = queued.poll()) != null; ) {
            if (row.seq() > newestSent) {
                rows.add(row);
            }
        }
        send(rows);
    }

    /** Sends the copies of rows terminals follow, given in the order they were written (commits queue in it). */
    private void send(List<OutboxRecord> rows) {
        if (closed) {
            throw new IllegalStateException(context + " is stopping");
        }
        try {
            for (OutboxRecord row : rows) {
                session.send(row);
                sent.add(row.seq());
                newestSent = Math.max(newestSent, row.seq());
            }
        } catch (JMSException | RuntimeException e) {
            throw new IllegalStateException("live events of orders "
                    + rows.stream().map(OutboxRecord::orderId).distinct().toList() + " from " + context
                    + " did not all go", e);
        }
    }

    private static boolean followedLive(OutboxRecord row) {
        return Topology.liveAddressOf(row.address()) != null;
    }

    /** Every copy not yet published goes again, from the relay, on a new session. */
    private void fail(IllegalStateException cause) {
        failures++;
        sent.clear();
        session.renew();
        if (!owing) {
            owing = true;
            log.warn("{}; the relay sends them again", cause.getMessage(), cause.getCause());
        }
    }

    /** Closes the connection at once: a send waiting on the broker then fails instead of holding up the stop. */
    @Override
    public void close() throws JMSException {
        closed = true;
        session.close();
    }
}
