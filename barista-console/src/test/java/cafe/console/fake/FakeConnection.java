package cafe.console.fake;

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

/** A link a test drops and restores by hand; while it is down the fake bar delivers no events. */
public final class FakeConnection implements CafeConnection {

    private final FakeBar bar;
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state;

    public FakeConnection(FakeBar bar, ConnectionState initial) {
        this.bar = bar;
        this.state = initial;
        bar.online(initial == ConnectionState.CONNECTED);
    }

    public void set(ConnectionState next) {
        state = next;
        bar.online(next == ConnectionState.CONNECTED);
        listeners.forEach(l -> l.accept(next));
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
        throw new UnsupportedOperationException("a barista console has no kiosk client");
    }

    @Override
    public BaristaClient barista() {
        return bar;
    }

    @Override
    public BoardClient board() {
        throw new UnsupportedOperationException("a barista console has no board client");
    }

    @Override
    public ManagerClient manager() {
        throw new UnsupportedOperationException("a barista console has no manager client");
    }

    @Override
    public void close() {
        set(ConnectionState.CLOSED);
    }
}
