package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import cafe.core.platform.persistence.OutboxRecord;
import cafe.core.platform.persistence.ServiceDatabase;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Publishes one context's outbox to the broker: woken right after each commit that wrote events,
 * and by a periodic sweep that catches whatever a failed attempt left. Each event goes out
 * persistent with its eventId as the duplicate-detection id, then its row is marked published; if
 * the process dies in between, the resend is dropped by the broker as a duplicate.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final ServiceDatabase database;
    private final Clock clock;
    private final Duration sweepInterval;
    private final Session session;
    private final MessageProducer producer;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    OutboxRelay(ServiceDatabase database, Connection connection, Clock clock, Duration sweepInterval)
            throws JMSException {
        this.database = database;
        this.clock = clock;
        this.sweepInterval = sweepInterval;
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.producer = session.createProducer(null);
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay-" + database.context());
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        database.whenEventsCommitted(this::wake);
        worker.scheduleWithFixedDelay(this::relayDue, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean drained() {
        return database.transactions().inTransaction(() -> database.outboxStore().pendingCount()) == 0;
    }

    /** Asks for a relay run soon; several wake-ups before it runs make one run. */
    void wake() {
        if (wakeQueued.compareAndSet(false, true) && !worker.isShutdown()) {
            worker.execute(() -> {
                wakeQueued.set(false);
                relayDue();
            });
        }
    }

    private void relayDue() {
        try {
            List<OutboxRecord> due;
            do {
                due = database.transactions().inTransaction(
                        () -> database.outboxStore().due(clock.instant(), BATCH));
            } while (publish(due) == BATCH);
        } catch (RuntimeException e) {
            log.error("outbox relay of {} failed; the next sweep retries", database.context(), e);
        }
    }

    /** Sends in order and stops at the first failure, so events leave in the order they were written. */
    private int publish(List<OutboxRecord> due) {
        int sent = 0;
        for (OutboxRecord record : due) {
            try {
                producer.send(session.createTopic(record.address()), Envelope.eventMessage(session, record));
            } catch (JMSException | RuntimeException e) {
                log.warn("cannot publish {} {} yet", record.type(), record.eventId(), e);
                database.transactions().run(() -> database.outboxStore().markFailedAttempt(record.seq(), clock.instant()));
                return -1;
            }
            database.transactions().run(() -> database.outboxStore().markPublished(record.seq(), clock.instant()));
            logPublished(record);
            sent++;
        }
        return sent;
    }

    private static void logPublished(OutboxRecord record) {
        MDC.put(Headers.ORDER_ID, record.orderId());
        try {
            log.info("{} {} published to {}", record.type(), record.eventId(), record.address());
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
            session.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JMSException e) {
            log.warn("outbox relay session of {} did not close cleanly", database.context(), e);
        }
    }
}
