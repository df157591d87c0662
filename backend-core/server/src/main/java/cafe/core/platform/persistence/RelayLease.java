package cafe.core.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this server relays a context's outbox, when several servers share its PostgreSQL schema:
 * the one whose lease connection holds the relay lock ({@link ServerTurns#tryRelay}) does, and the
 * others stand by, trying again every second. The same connection listens for every server's
 * commits of events and wakes the relay. When the relaying server dies its connection ends, the
 * database lets the lock go, and another server takes the relay over within a second.
 */
final class RelayLease implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RelayLease.class);
    private static final int LISTEN_MILLIS = 1000;

    private final StoreDatabases databases;
    private final ServerTurns turns;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean held;
    private volatile boolean closed;
    private volatile Connection connection;
    private Thread keeper;

    RelayLease(StoreDatabases databases, ServerTurns turns) {
        this.databases = databases;
        this.turns = turns;
    }

    /** Calls the listener when this server takes the lease and after every server's commit of events. */
    void whenAnyServerCommits(Runnable listener) {
        listeners.add(listener);
    }

    /** Starts keeping the lease, if not yet started. */
    synchronized void start() {
        if (keeper == null && !closed) {
            keeper = new Thread(this::keep, "relay-lease-" + turns.context());
            keeper.setDaemon(true);
            keeper.start();
        }
    }

    /** True while this server is the one that relays the context's outbox. */
    boolean held() {
        return held;
    }

    private void keep() {
        while (!closed) {
            try (Connection listening = databases.connect(turns.context())) {
                connection = listening;
                turns.listen(listening);
                PGConnection notices = listening.unwrap(PGConnection.class);
                while (!closed) {
                    if (!held && turns.tryRelay(listening)) {
                        held = true;
                        log.info("this server relays the {} outbox now", turns.context());
                        listeners.forEach(Runnable::run);
                    }
                    PGNotification[] commits = notices.getNotifications(LISTEN_MILLIS);
                    if (commits != null && commits.length > 0) {
                        listeners.forEach(Runnable::run);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // whatever ended this connection, the lease goes on with a new one: a server that stopped
                // trying would never relay again
                if (!closed) {
                    log.warn("the {} outbox's relay lease lost its connection; trying again: {}", turns.context(),
                            e.toString());
                    pause();
                }
            } finally {
                held = false;
            }
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(LISTEN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the lease: closing its connection gives the relay to another server at once. */
    @Override
    public synchronized void close() {
        closed = true;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                log.debug("the {} outbox's relay lease connection did not close cleanly", turns.context(), e);
            }
        }
        if (keeper != null) {
            try {
                keeper.join(2 * LISTEN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
