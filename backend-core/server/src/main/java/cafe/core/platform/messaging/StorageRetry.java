package cafe.core.platform.messaging;

import cafe.core.shared.StorageUnavailable;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a subscriber's work again, backing off, for as long as its database cannot write: a full
 * disk must not spend a message's three delivery attempts and send it to the dead letters. The
 * message stays with its subscriber meanwhile; only stopping the services ends the wait.
 */
final class StorageRetry {

    private static final Logger log = LoggerFactory.getLogger(StorageRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final CountDownLatch stopped = new CountDownLatch(1);

    <T> T untilStored(String what, Callable<T> work) throws Exception {
        long pauseMillis = FIRST_PAUSE.toMillis();
        while (true) {
            try {
                return work.call();
            } catch (StorageUnavailable e) {
                log.warn("{} waits for its database to take writes again, next try in {} ms", what, pauseMillis);
                if (stopped.await(pauseMillis, TimeUnit.MILLISECONDS)) {
                    throw e;
                }
                pauseMillis = Math.min(LONGEST_PAUSE.toMillis(), pauseMillis * 2);
            }
        }
    }

    /** Ends every wait at once (the work fails as it last did), so the services can stop. */
    void stop() {
        stopped.countDown();
    }
}
