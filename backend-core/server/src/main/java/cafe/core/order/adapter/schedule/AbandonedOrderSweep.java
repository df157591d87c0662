package cafe.core.order.adapter.schedule;

import cafe.core.order.application.AbandonedOrders;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes abandoned orders on its own thread, at a fixed interval. */
public final class AbandonedOrderSweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AbandonedOrderSweep.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "abandoned-order-sweep");
        thread.setDaemon(true);
        return thread;
    });

    /** Sweeps while {@code onDuty}: among servers sharing the database, one closes each order. */
    public AbandonedOrderSweep(AbandonedOrders abandoned, Duration interval, BooleanSupplier onDuty) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (onDuty.getAsBoolean()) {
                    abandoned.close();
                }
            } catch (RuntimeException e) {
                log.warn("closing abandoned orders failed, trying again on the next sweep", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("abandoned-order sweep did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
