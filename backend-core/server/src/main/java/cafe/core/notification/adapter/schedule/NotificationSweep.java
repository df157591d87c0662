package cafe.core.notification.adapter.schedule;

import cafe.core.notification.application.NotificationDispatcher;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the notification dispatcher on its own thread: when kicked (right after new notifications
 * commit) and on a fixed interval, which retries pushes that failed. Kicks that arrive while one
 * is waiting fold into it.
 */
public final class NotificationSweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NotificationSweep.class);

    private final NotificationDispatcher dispatcher;
    private final BooleanSupplier onDuty;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-sweep");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    /** Sweeps while {@code onDuty}: among servers sharing the database, one pushes each message. */
    public NotificationSweep(NotificationDispatcher dispatcher, Duration interval, BooleanSupplier onDuty) {
        this.dispatcher = dispatcher;
        this.onDuty = onDuty;
        executor.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a sweep as soon as possible. */
    public void kick() {
        if (!kicked.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                kicked.set(false);
                sweep();
            });
        } catch (RejectedExecutionException e) {
            log.debug("notification sweep already stopped");
        }
    }

    private void sweep() {
        try {
            if (onDuty.getAsBoolean()) {
                dispatcher.dispatchPending();
            }
        } catch (RuntimeException e) {
            log.warn("notification sweep failed, trying again on the next one", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("notification sweep did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
