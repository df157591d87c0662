package cafe.core.platform.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trims every context's database on a schedule, as its {@link Retention} says, and after a trim
 * that removed anything runs {@code afterTrim} (the broker compacts its journal, so the copies of
 * the events just trimmed leave its files too). Every {@value #CHECKPOINT_EVERY_MILLIS} ms it
 * checkpoints each database, so that the commits of orders and taps do not stop to do it.
 */
public final class DatabaseUpkeep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUpkeep.class);
    static final long CHECKPOINT_EVERY_MILLIS = 500;

    private final List<ServiceDatabase> databases;
    private final Retention retention;
    private final Clock clock;
    private final Runnable afterTrim;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-upkeep");
        thread.setDaemon(true);
        return thread;
    });

    public DatabaseUpkeep(List<ServiceDatabase> databases, Retention retention, Clock clock, Runnable afterTrim) {
        this.databases = List.copyOf(databases);
        this.retention = retention;
        this.clock = clock;
        this.afterTrim = afterTrim;
    }

    public void start() {
        long every = retention.trimEvery().toMillis();
        worker.scheduleWithFixedDelay(this::trimAll, every, every, TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(this::checkpointAll, CHECKPOINT_EVERY_MILLIS, CHECKPOINT_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** A failure is logged at DEBUG: the next round tries again, and past a limit the commits checkpoint. */
    private void checkpointAll() {
        for (ServiceDatabase database : databases) {
            try {
                database.checkpoint();
            } catch (RuntimeException e) {
                log.debug("{} database could not be checkpointed; the next round tries again", database.context(), e);
            }
        }
    }

    private void trimAll() {
        Instant now = clock.instant();
        int trimmed = 0;
        for (ServiceDatabase database : databases) {
            try {
                int deleted = database.trim(now, retention);
                if (deleted > 0) {
                    log.info("{} database: {} published events, processed-message records and answers past"
                            + " their time removed", database.context(), deleted);
                }
                trimmed += deleted;
            } catch (RuntimeException e) {
                log.warn("{} database could not be trimmed; the next round tries again", database.context(), e);
            }
        }
        if (trimmed > 0) {
            try {
                afterTrim.run();
            } catch (RuntimeException e) {
                log.warn("the step after trimming failed; the next trim tries again", e);
            }
        }
    }

    /** Lets a trim under way finish (its database closes right after), then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
