package cafe.terminal.testing;

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

/**
 * A screen's link to the store that the test drops and restores by hand, over the fake client it
 * is given (a scripted kiosk, a fake bar, a fake board). The clients of other roles are refused, as
 * the store refuses a terminal what its role may not do.
 */
public final class ScriptedConnection implements CafeConnection {

    private final KioskClient kiosk;
    private final BaristaClient barista;
    private final BoardClient board;
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state;

    private ScriptedConnection(KioskClient kiosk, BaristaClient barista, BoardClient board, ConnectionState initial) {
        this.kiosk = kiosk;
        this.barista = barista;
        this.board = board;
        this.state = initial;
    }

    /** A kiosk's link, still connecting. */
    public static ScriptedConnection ofKiosk(KioskClient kiosk) {
        return new ScriptedConnection(kiosk, null, null, ConnectionState.CONNECTING);
    }

    public static ScriptedConnection ofBarista(BaristaClient barista, ConnectionState initial) {
        return new ScriptedConnection(null, barista, null, initial);
    }

    /** A pickup display's link, still connecting. */
    public static ScriptedConnection ofBoard(BoardClient board) {
        return new ScriptedConnection(null, null, board, ConnectionState.CONNECTING);
    }

    /** The link goes into this state, and everyone who listens hears it, in the order they began to. */
    public void set(ConnectionState next) {
        state = next;
        listeners.forEach(listener -> listener.accept(next));
    }

    /** Its states are the test's to set ({@link #set}). */
    @Override
    public void start() {
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
        return served(kiosk, "kiosk");
    }

    @Override
    public BaristaClient barista() {
        return served(barista, "barista");
    }

    @Override
    public BoardClient board() {
        return served(board, "board");
    }

    @Override
    public ManagerClient manager() {
        return served(null, "manager");
    }

    @Override
    public void close() {
        set(ConnectionState.CLOSED);
    }

    private static <T> T served(T client, String role) {
        if (client == null) {
            throw new UnsupportedOperationException("this link has no " + role + " client");
        }
        return client;
    }
}
