package cafe.kiosk.testing;

import cafe.client.BaristaClient;
import cafe.client.BoardClient;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.KioskClient;
import cafe.client.ManagerClient;
import cafe.client.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A kiosk's link that the test drops and restores by hand, over a {@link ScriptedKiosk}. */
public final class ScriptedConnection implements CafeConnection {

    public final ScriptedKiosk kiosk = new ScriptedKiosk();
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();
    private ConnectionState state = ConnectionState.CONNECTING;

    public void set(ConnectionState next) {
        state = next;
        listeners.forEach(listener -> listener.accept(next));
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public Subscription onStateChange(Consumer<ConnectionState> listener) {
        listeners.add(listener);
        listener.accept(state);
        return () -> listeners.remove(listener);
    }

    @Override
    public KioskClient kiosk() {
        return kiosk;
    }

    @Override
    public BaristaClient barista() {
        throw new UnsupportedOperationException("a kiosk has no barista client");
    }

    @Override
    public BoardClient board() {
        throw new UnsupportedOperationException("a kiosk has no board client");
    }

    @Override
    public ManagerClient manager() {
        throw new UnsupportedOperationException("a kiosk has no manager client");
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
