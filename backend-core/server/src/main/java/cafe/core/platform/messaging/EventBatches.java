package cafe.core.platform.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a subscriber the messages waiting on its subscription in batches, on a thread of its own:
 * whatever has arrived, up to {@value #MOST} (one where a handler opens its own transactions), is
 * applied in one database transaction and acknowledged in one broker commit, so a rush costs a
 * commit per batch instead of per event. A quiet subscription still applies each event as soon as
 * it arrives (a batch of one). When a batch fails, its messages come back (redelivered) and are
 * applied one at a time (a redelivered message always goes alone, and for a few seconds after any
 * failure every message does), so only the event that really fails spends its deliveries and
 * reaches the dead letters. The live copies a service follows ({@link LiveFollower}) come in batches
 * the same way, without a broker transaction: a failed batch of them is not delivered again.
 */
final class EventBatches implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventBatches.class);
    static final int MOST = 64;
    private static final Duration POLL = Duration.ofMillis(500);
    /** Longer than the broker takes to redeliver a message three times (200 ms, then 400 ms). */
    private static final Duration ONE_BY_ONE_AFTER_FAILURE = Duration.ofSeconds(5);

    /** Applies a batch of messages; false when it failed and applied none. */
    @FunctionalInterface
    interface Delivery {
        boolean deliver(List<Message> messages);
    }

    private final MessageConsumer consumer;
    private final Delivery delivery;
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final int most;
    private long oneByOneUntil = System.nanoTime();

    EventBatches(String name, MessageConsumer consumer, Delivery delivery, int most) {
        this.consumer = consumer;
        this.delivery = delivery;
        this.most = most;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (open()) {
            try {
                List<Message> batch = receive(System.nanoTime() - oneByOneUntil < 0 ? 1 : most);
                if (!batch.isEmpty()) {
                    deliver(batch);
                }
            } catch (JMSException | RuntimeException e) {
                if (open()) {
                    log.error("the subscriber {} cannot receive; trying again", thread.getName(), e);
                    pause();
                }
            }
        }
    }

    private void deliver(List<Message> batch) {
        if (!delivery.deliver(batch)) {
            oneByOneUntil = System.nanoTime() + ONE_BY_ONE_AFTER_FAILURE.toNanos();
        }
    }

    /** Waits for one message, then takes those already waiting behind it; a redelivered one goes alone. */
    private List<Message> receive(int upTo) throws JMSException {
        Message first = consumer.receive(POLL.toMillis());
        if (first == null) {
            return List.of();
        }
        if (first.getJMSRedelivered()) {
            return List.of(first);
        }
        List<Message> batch = new ArrayList<>();
        batch.add(first);
        Message next;
        while (batch.size() < upTo && (next = consumer.receiveNoWait()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private boolean open() {
        return stopped.getCount() > 0;
    }

    /** Waits before trying again, or until stopped. */
    private void pause() {
        try {
            stopped.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    /** Stops taking messages after the batch in hand; {@link #close()} waits for that. */
    void stop() {
        stopped.countDown();
    }

    @Override
    public void close() {
        stop();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
