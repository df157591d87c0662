package cafe.client.jms;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in the order given, on a shared pool: one lane per listener keeps its
 * calls ordered without giving it a thread of its own. A task that throws is logged and the lane
 * goes on with the next one.
 */
final class SerialLane implements Executor {

    private static final Logger log = LoggerFactory.getLogger(SerialLane.class);

    private final Executor pool;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    SerialLane(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        pool.execute(this::drain);
    }

    private void drain() {
        boolean finished = false;
        try {
            for (Runnable next = poll(); next != null; next = poll()) {
                runLogged(next);
            }
            finished = true;
        } finally {
            if (!finished) {
                // an Error escaped a task: the lane is still marked draining, so carry on elsewhere
                pool.execute(this::drain);
            }
        }
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("listener failed; it keeps receiving", e);
        }
    }

    private synchronized Runnable poll() {
        Runnable next = tasks.poll();
        if (next == null) {
            draining = false;
        }
        return next;
    }
}
