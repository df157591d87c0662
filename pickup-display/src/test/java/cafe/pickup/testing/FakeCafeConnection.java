package cafe.pickup.testing;

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

/** A display's connection whose state the test drives; only the board client is there. */
public final class FakeCafeConnection implements CafeConnection {

    private final FakeBoardClient board = new FakeBoardClient();
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state = ConnectionState.CONNECTING;

    public FakeBoardClient boardServer() {
        return board;
    }

    public void changeState(ConnectionState newState) {
        state = newState;
        listeners.forEach(listener -> listener.accept(newState));
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
        throw new UnsupportedOperationException("a pickup display is no kiosk");
    }

    @Override
    public BaristaClient barista() {
        throw new UnsupportedOperationException("a pickup display is no barista console");
    }

    @Override
    public BoardClient board() {
        return board;
    }

    @Override
    public ManagerClient manager() {
        throw new UnsupportedOperationException("a pickup display has no manager client");
    }

    @Override
    public void close() {
        changeState(ConnectionState.CLOSED);
    }
}
