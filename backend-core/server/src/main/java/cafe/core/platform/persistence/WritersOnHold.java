package cafe.core.platform.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Every service database of the server held still: no transaction runs in any of them and none
 * starts until {@link #close()} (each database's transactions take turns, and this holds every
 * turn). What would start meanwhile waits, it does not fail. A turn that is not free within
 * {@link #TURN_WAIT} (a payment waiting for the card network, say) gives back the ones already
 * held and tries again a little later, so the other databases never wait long. Close it on the
 * thread that made it.
 */
public final class WritersOnHold implements AutoCloseable {

    static final Duration TURN_WAIT = Duration.ofMillis(500);
    private static final int ATTEMPTS = 30;
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofMillis(200);

    private final List<HibernateTransactions> held;

    private WritersOnHold(List<HibernateTransactions> held) {
        this.held = held;
    }

    /** Holds every database's turn, or fails after {@value #ATTEMPTS} attempts. */
    public static WritersOnHold hold(List<ServiceDatabase> databases) throws InterruptedException {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            List<HibernateTransactions> held = new ArrayList<>();
            for (ServiceDatabase database : databases) {
                if (!database.hibernateTransactions().tryHoldTurn(TURN_WAIT)) {
                    break;
                }
                held.add(database.hibernateTransactions());
            }
            if (held.size() == databases.size()) {
                return new WritersOnHold(held);
            }
            new WritersOnHold(held).close();
            LockSupport.parkNanos(BETWEEN_ATTEMPTS.toNanos());
        }
        throw new IllegalStateException("the services stayed busy: no moment without a transaction in "
                + ATTEMPTS + " attempts; try again");
    }

    @Override
    public void close() {
        held.forEach(HibernateTransactions::releaseTurn);
    }
}
