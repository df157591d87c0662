package cafe.client.jms;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that touches JMS objects, in the order work is handed in. Once the connection
 * is closed it takes no more work, and says so instead of throwing.
 */
final class LinkThread {

    private final ScheduledExecutorService executor;

    LinkThread(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** @return false when the connection is closed and the task will never run */
    boolean run(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    void runAfter(Duration pause, Runnable task) {
        try {
            executor.schedule(task, pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile: nothing left to retry for
        }
    }
}
