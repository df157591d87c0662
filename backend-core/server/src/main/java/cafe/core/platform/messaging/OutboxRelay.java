package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import cafe.core.platform.persistence.OutboxRecord;
import cafe.core.platform.persistence.OutboxStore;
import cafe.core.platform.persistence.ServiceDatabase;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Publishes one context's outbox to the broker: woken right after each commit that wrote events,
 * and by a periodic sweep that catches whatever a failed attempt left. A commit hands the relay
 * the rows it wrote, so while every send goes well the relay publishes them from memory without
 * reading them back; at start, after a failure, and while a failed row waits for its next attempt
 * it reads the rows due from the database instead (and forgets what it held, which the database
 * also has); the periodic sweep always reads. Either way the events go out in the order they were
 * committed (a row waiting to be tried again holds back the later rows of its order alone), in
 * batches, each one broker transaction of persistent messages (one journal write for the batch)
 * followed by one database transaction that marks them published; every message carries its
 * eventId as the duplicate-detection id. If the process dies between the two, the batch is sent
 * again: the broker refuses a transaction that holds a duplicate, so such a batch goes out one
 * event at a time, and the broker drops the copies it already has. Where several servers share the
 * database, one of them relays (the others stand by, {@link OutboxStore#relayedHere}); it reads every
 * row from the database, woken by any server's commit, since rows it did not write come between its own.
 * An event terminals follow ({@link Topology#liveAddressOf}) goes to them live, from the committing
 * thread ({@link LiveCopies}), so a screen waits neither for the relay to wake nor for the disk write
 * that the batch's commit makes; an event only terminals follow goes to them alone. Just before a
 * batch, the relay sends the live copies still owed (rows from before the start, or after a failed
 * send); after the batch's commit, and before it marks the rows published, it waits until the
 * broker has answered every live copy of the batch. Where servers share the database, the relay
 * sends them all.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final ServiceDatabase database;
    private final Clock clock;
    private final Duration sweepInterval;
    private final Session batches;
    private final Session singles;
    private final MessageProducer batchProducer;
    private final MessageProducer singleProducer;
    private final LiveCopies live;
    private final Topics topics;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final Queue<OutboxRecord> committed = new ConcurrentLinkedQueue<>();
    private final boolean shared;
    /** The worker's own state: whether to read the rows due, the newest row it published, failures in a row. */
    private boolean readNeeded = true;
    private long lastPublishedSeq;
    private int failuresInARow;

    /**
     * @param connection the services' connection, for the events' durable copies
     * @param liveConnection the live copies' own, from {@link StoreBroker#openConfirmingConnection}; closed with the relay
     */
    OutboxRelay(ServiceDatabase database, Connection connection, Connection liveConnection, Clock clock,
                Duration sweepInterval) throws JMSException {
        this(database, connection, liveConnection, clock, sweepInterval,
                Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "outbox-relay-" + database.context());
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    /**
     * @param worker the one thread that relays (and sweeps), shut down by {@link #close}, or here with
     *     the live connection if the relay cannot start
     */
    OutboxRelay(ServiceDatabase database, Connection connection, Connection liveConnection, Clock clock,
                Duration sweepInterval, ScheduledExecutorService worker) throws JMSException {
        this.database = database;
        this.clock = clock;
        this.sweepInterval = sweepInterval;
        this.worker = worker;
        this.shared = database.outboxStore().sharedWithOtherServers();
        List<Session> opened = new ArrayList<>();
        try {
            this.batches = open(connection.createSession(true, Session.SESSION_TRANSACTED), opened);
            this.singles = open(connection.createSession(false, Session.AUTO_ACKNOWLEDGE), opened);
            this.topics = new Topics(batches);
            this.batchProducer = persistentProducer(batches);
            this.singleProducer = persistentProducer(singles);
            this.live = new LiveCopies(database.context(), new ArtemisLiveSession(database.context(), liveConnection));
        } catch (JMSException | RuntimeException e) {
            worker.shutdownNow();
            closeQuietly("live copies' connection", liveConnection::close);
            opened.forEach(session -> closeQuietly("session", session::close));
            throw e;
        }
    }

    private static Session open(Session session, List<Session> opened) {
        opened.add(session);
        return session;
    }

    private static MessageProducer persistentProducer(Session session) throws JMSException {
        MessageProducer producer = session.createProducer(null);
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        return producer;
    }

    void start() {
        OutboxStore outbox = database.outboxStore();
        if (shared) {
            outbox.whenCommitted(rows -> wake());
            outbox.whenAnyServerCommits(this::wake);
        } else {
            outbox.whenCommitted(rows -> {
                live.queue(rows);
                committed.addAll(rows);
                wake();
            });
            database.whenEventsCommitted(live::sendQueued);
        }
        worker.scheduleWithFixedDelay(this::sweep, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean drained() {
        return database.transactions().inTransaction(() -> database.outboxStore().pendingCount()) == 0;
    }

    /**
     * Asks for a relay run soon; several wake-ups before it runs make one run. Once the relay has
     * stopped, a commit's rows stay owed in the outbox for the next start: the committing thread
     * must not fail after its commit.
     */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    wakeQueued.set(false);
                    relayDue();
                });
            } catch (RejectedExecutionException stopped) {
                wakeQueued.set(false);
            }
        }
    }

    /** Reads what is due, whatever the relay holds: a row whose commit went unreported is caught too. */
    private void sweep() {
        readNeeded = true;
        relayDue();
    }

    private void relayDue() {
        if (!database.outboxStore().relayedHere()) {
            return;
        }
        long liveFailuresBefore = live.failures();
        try {
            if (readNeeded) {
                committed.clear();
                readNeeded = !relayStored() || shared;
            } else {
                readNeeded = !relayCommitted();
            }
            if (!readNeeded) {
                readNeeded = !live.caughtUp(liveFailuresBefore);
            }
            relayWorks();
        } catch (RuntimeException | Error e) {
            // an Error that left this method would cancel every later sweep of the scheduled worker
            readNeeded = true;
            relayFailed(e);
        }
    }

    /** The first failure of a run of them is logged with its cause; the rest until one works, counted. */
    private void relayFailed(Throwable e) {
        if (failuresInARow++ == 0) {
            log.error("outbox relay of {} failed; it tries again at every sweep", database.context(), e);
        } else {
            log.debug("outbox relay of {} failed again ({} in a row): {}", database.context(), failuresInARow,
                    e.toString());
        }
    }

    private void relayWorks() {
        if (failuresInARow > 0) {
            log.info("outbox relay of {} works again after {} failed tries", database.context(), failuresInARow);
            failuresInARow = 0;
        }
    }

    /** Publishes the rows due from the database; true if all went out and none waits for a retry. */
    private boolean relayStored() {
        List<OutboxRecord> due;
        do {
            due = database.transactions().inTransaction(() -> database.outboxStore().due(clock.instant(), BATCH));
            if (!due.isEmpty() && !publish(due)) {
                return false;
            }
        } while (due.size() == BATCH);
        return !database.transactions().inTransaction(() -> database.outboxStore().anyRetryWaiting());
    }

    /** Publishes the rows commits handed over, skipping those a read already published; true if all went out. */
    private boolean relayCommitted() {
        List<OutboxRecord> batch = new ArrayList<>();
        for (OutboxRecord row; (row = committed.poll()) != null; ) {
            if (row.seq() > lastPublishedSeq) {
                batch.add(row);
            }
            if (batch.size() == BATCH) {
                if (!publish(batch)) {
                    return false;
                }
                batch = new ArrayList<>();
            }
        }
        return batch.isEmpty() || publish(batch);
    }

    /**
     * Publishes the batch in the order it was written, after the live copies it still owes: its
     * events go into the broker's transaction, which delivers nothing before its commit, and that
     * commit waits until the commits that wrote them are durable (an event must not outlive, in the
     * broker, the state it tells of after a power cut). The broker confirms the live copies only
     * after it, so that no service waits for that question (a failure there ends the relay's run,
     * the rows still due). False if not all of it could go out.
     */
    private boolean publish(List<OutboxRecord> due) {
        live.beforePublishing(due);
        boolean anyDurable;
        try {
            anyDurable = sendDurable(due);
        } catch (JMSException | RuntimeException e) {
            return publishOneByOne(due, e);
        }
        makeDurableOrRollBack();
        try {
            if (anyDurable) {
                batches.commit();
            }
        } catch (JMSException | RuntimeException e) {
            return publishOneByOne(due, e);
        }
        markPublished(due);
        return true;
    }

    private boolean sendDurable(List<OutboxRecord> due) throws JMSException {
        boolean anyDurable = false;
        for (OutboxRecord record : due) {
            if (durable(record)) {
                batchProducer.send(topics.of(record.address()), Envelope.eventMessage(batches, record));
                anyDurable = true;
            }
        }
        return anyDurable;
    }

    private void makeDurableOrRollBack() {
        try {
            database.makeDurable();
        } catch (RuntimeException | Error e) {
            rollbackBatch();
            throw e;
        }
    }

    /**
     * After the broker refused the batch: sends in order and stops at the first failure, so events
     * leave in the order they were written.
     */
    private boolean publishOneByOne(List<OutboxRecord> due, Exception refusal) {
        log.debug("batch of {} events from {} refused, sending them one by one", due.size(), database.context(),
                refusal);
        rollbackBatch();
        database.makeDurable();
        for (OutboxRecord record : due) {
            try {
                if (durable(record)) {
                    singleProducer.send(topics.of(record.address()), Envelope.eventMessage(singles, record));
                }
            } catch (JMSException | RuntimeException e) {
                log.warn("cannot publish {} {} yet", record.type(), record.eventId(), e);
                database.transactions().run(() -> database.outboxStore().markFailedAttempt(record.seq(), clock.instant()));
                return false;
            }
            markPublished(List.of(record));
        }
        return true;
    }

    private static boolean durable(OutboxRecord record) {
        return !Topology.LIVE_ONLY.contains(record.address());
    }

    private void markPublished(List<OutboxRecord> sent) {
        live.confirm(sent);
        List<Long> seqs = sent.stream().map(OutboxRecord::seq).toList();
        database.transactions().run(() -> database.outboxStore().markPublished(seqs, clock.instant()));
        live.published(seqs);
        lastPublishedSeq = Math.max(lastPublishedSeq, sent.get(sent.size() - 1).seq());
        if (log.isDebugEnabled()) {
            sent.forEach(OutboxRelay::logPublished);
        }
    }

    private void rollbackBatch() {
        try {
            batches.rollback();
        } catch (JMSException e) {
            log.warn("cannot roll back the relay's batch of {}", database.context(), e);
        }
    }

    /** At DEBUG: the subscribers log each event's effect at INFO. */
    private static void logPublished(OutboxRecord record) {
        MDC.put(Headers.ORDER_ID, record.orderId());
        try {
            log.debug("{} {} published to {}", record.type(), record.eventId(), record.address());
        } finally {
            MDC.remove(Headers.ORDER_ID);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        closeQuietly("live copies' connection", live::close);
        closeQuietly("batch session", batches::close);
        closeQuietly("single session", singles::close);
    }

    private interface Closing {
        void close() throws JMSException;
    }

    /** One that fails to close keeps none of the others open. */
    private void closeQuietly(String what, Closing closing) {
        try {
            closing.close();
        } catch (JMSException | RuntimeException e) {
            log.warn("the outbox relay's {} of {} did not close cleanly", what, database.context(), e);
        }
    }
}
