package cafe.client.jms;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The three kinds of thread one connection owns, all daemons named {@code cafe-<user>-...}:
 * the link thread (every JMS call), the timer (request time-outs) and the callback pool
 * (futures and listeners). See the package documentation for why they are apart.
 */
final class ClientThreads {

    private final ScheduledThreadPoolExecutor link;
    private final LinkThread linkThread;
    private final ScheduledThreadPoolExecutor timer;
    private final ThreadPoolExecutor callbacks;

    ClientThreads(String name) {
        link = new ScheduledThreadPoolExecutor(1, named("cafe-" + name + "-link"));
        link.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        linkThread = new LinkThread(link);
        timer = new ScheduledThreadPoolExecutor(1, named("cafe-" + name + "-timer"));
        timer.setRemoveOnCancelPolicy(true);
        // after close, late work runs where it is handed in rather than being dropped unseen
        callbacks = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), named("cafe-" + name + "-callback"), (task, pool) -> task.run());
    }

    LinkThread link() {
        return linkThread;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    Executor callbacks() {
        return callbacks;
    }

    /** Stops the link thread (waiting up to {@code grace} for its last task) and the others. */
    void shutdown(Duration grace) {
        link.shutdown();
        timer.shutdownNow();
        try {
            link.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            callbacks.shutdown();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            int n = count.incrementAndGet();
            Thread thread = new Thread(task, n == 1 ? prefix : prefix + "-" + n);
            thread.setDaemon(true);
            return thread;
        };
    }
}
