package cafe.client.jms;

import cafe.client.ConnectionState;
import cafe.client.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection's state and who watches it. Each watcher hears the current state when it
 * subscribes and then every change, in order, on its own lane of the callback pool, and CONNECTED
 * once more when an event feed refused while connected opens (see {@link #connectedAgain}). CLOSED
 * is final.
 */
final class ConnectionStates {

    private static final Logger log = LoggerFactory.getLogger(ConnectionStates.class);

    private final String terminal;
    private final Executor callbacks;
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private ConnectionState current = ConnectionState.CONNECTING;

    ConnectionStates(String terminal, Executor callbacks) {
        this.terminal = terminal;
        this.callbacks = callbacks;
    }

    synchronized ConnectionState current() {
        return current;
    }

    synchronized boolean isConnected() {
        return current == ConnectionState.CONNECTED;
    }

    synchronized void moveTo(ConnectionState next) {
        if (current == next || current == ConnectionState.CLOSED) {
            return;
        }
        log.info("{} link {} -> {}", terminal, current, next);
        current = next;
        watchers.forEach(watcher -> watcher.tell(next));
    }

    /**
     * Tells every watcher CONNECTED again, if connected: an event feed asked for after the screens
     * read their state, and refused then, has opened since, so what they read may have missed events,
     * and they read again.
     */
    synchronized void connectedAgain() {
        if (current != ConnectionState.CONNECTED) {
            return;
        }
        log.info("{} link follows every event again; CONNECTED once more", terminal);
        watchers.forEach(watcher -> watcher.tell(ConnectionState.CONNECTED));
    }

    synchronized Subscription watch(Consumer<ConnectionState> listener) {
        Watcher watcher = new Watcher(new SerialLane(callbacks), listener);
        watchers.add(watcher);
        watcher.tell(current);
        return () -> {
            watcher.stopped = true;
            watchers.remove(watcher);
        };
    }

    private static final class Watcher {

        private final SerialLane lane;
        private final Consumer<ConnectionState> listener;
        private volatile boolean stopped;

        Watcher(SerialLane lane, Consumer<ConnectionState> listener) {
            this.lane = lane;
            this.listener = listener;
        }

        void tell(ConnectionState state) {
            lane.execute(() -> {
                if (!stopped) {
                    listener.accept(state);
                }
            });
        }
    }
}
