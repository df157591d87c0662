package cafe.client.jms;

import cafe.client.BaristaClient;
import cafe.client.BoardClient;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.KioskClient;
import cafe.client.ManagerClient;
import cafe.client.Subscription;
import cafe.client.TerminalConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A terminal's connection to the StoreServer over Artemis JMS. {@link #open} returns at once; the
 * link thread connects in the background (from {@link #start}, for one made {@link #unstarted}) and
 * keeps reconnecting until {@link #close}. The threading and reconnect model is described in the
 * package documentation.
 */
public final class JmsCafeConnection implements CafeConnection {

    /** How long close() waits for the link thread to let go of the broker. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ClientThreads threads;
    private final ConnectionStates states;
    private final PendingRequests pending;
    private final EventFeeds feeds;
    private final BrokerLink link;
    private final KioskClient kiosk;
    private final BaristaClient barista;
    private final BoardClient board;
    private final ManagerClient manager;

    private JmsCafeConnection(TerminalConfig config) {
        threads = new ClientThreads(config.user());
        states = new ConnectionStates(config.user() + "@" + config.brokerUrl(), threads.callbacks());
        WireCodec codec = new WireCodec();
        pending = new PendingRequests(codec, threads.callbacks(), threads.timer(), config.requestTimeout());
        feeds = new EventFeeds(threads.link(), threads.callbacks(), codec, states);
        link = new BrokerLink(config, threads.link(), states, pending, feeds);
        Requests requests = new Requests(codec, states, pending, link, threads.callbacks());
        MenuCalls menus = new MenuCalls(requests, feeds);
        kiosk = new JmsKioskClient(requests, feeds, menus);
        barista = new JmsBaristaClient(requests, feeds, menus);
        board = new JmsBoardClient(requests, feeds);
        manager = new JmsManagerClient(requests, menus);
    }

    /** Starts connecting in the background and returns at once, in state CONNECTING. */
    public static CafeConnection open(TerminalConfig config) {
        CafeConnection connection = unstarted(config);
        connection.start();
        return connection;
    }

    /** A connection in state CONNECTING that connects once {@link #start} is called. */
    static CafeConnection unstarted(TerminalConfig config) {
        return new JmsCafeConnection(config);
    }

    @Override
    public void start() {
        if (started.compareAndSet(false, true)) {
            link.start();
        }
    }

    @Override
    public ConnectionState state() {
        return states.current();
    }

    @Override
    public Subscription onStateChange(Consumer<ConnectionState> listener) {
        return states.watch(listener);
    }

    @Override
    public KioskClient kiosk() {
        return kiosk;
    }

    @Override
    public BaristaClient barista() {
        return barista;
    }

    @Override
    public BoardClient board() {
        return board;
    }

    @Override
    public ManagerClient manager() {
        return manager;
    }

    /** Fails what is pending with NOT_CONNECTED, stops every listener and lets all threads end. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        link.close();
        // CLOSED first: with no feeds left, a check on the link thread would otherwise say CONNECTED
        states.moveTo(ConnectionState.CLOSED);
        feeds.stopAll();
        pending.failAll(Failures.closed());
        threads.shutdown(CLOSE_GRACE);
    }
}
