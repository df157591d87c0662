package cafe.core.simulation;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.Subscription;
import cafe.client.TerminalConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Simulated kiosks and baristas against a StoreServer, connected as the terminals are: kiosks
 * with the kiosk role, baristas with the barista role, through the client API only. Each order's
 * path is told as it finishes; the report sums the run up.
 */
public final class Simulation {

    private static final Duration CONNECT_WITHIN = Duration.ofSeconds(15);

    private final TerminalConfig kioskConfig;
    private final TerminalConfig baristaConfig;
    private final SimulationSettings settings;
    private final Consumer<OrderTrace> finished;
    private final List<CafeConnection> connections = new ArrayList<>();

    private Simulation(TerminalConfig kioskConfig, TerminalConfig baristaConfig, SimulationSettings settings,
                       Consumer<OrderTrace> finished) {
        this.kioskConfig = kioskConfig;
        this.baristaConfig = baristaConfig;
        this.settings = settings;
        this.finished = finished;
    }

    /** A simulation that writes each order's path to {@code out} as the order ends. */
    public static Simulation tracing(TerminalConfig kioskConfig, TerminalConfig baristaConfig,
                                     SimulationSettings settings, Consumer<String> out) {
        return new Simulation(kioskConfig, baristaConfig, settings, trace -> out.accept(trace.path()));
    }

    /** A simulation that reports only at the end: a path is formatted text, costly on the cores measured. */
    public static Simulation untraced(TerminalConfig kioskConfig, TerminalConfig baristaConfig,
                                      SimulationSettings settings) {
        return new Simulation(kioskConfig, baristaConfig, settings, trace -> { });
    }

    /** Runs every order to its end (or the deadline) and reports. */
    public SimulationReport run() throws InterruptedException {
        try {
            return simulate();
        } finally {
            connections.forEach(CafeConnection::close);
        }
    }

    private SimulationReport simulate() throws InterruptedException {
        List<CafeConnection> kiosks = connect(kioskConfig, settings.kiosks());
        List<CafeConnection> bar = connect(baristaConfig, settings.baristas() + 1);
        OrderBook book = new OrderBook(finished);
        Random seeds = new Random(settings.seed());

        Subscription updates = kiosks.get(0).kiosk().onOrderUpdate(book::heard);
        SimulatedBar baristas = new SimulatedBar(bar.get(0).barista(),
                bar.subList(1, bar.size()).stream().map(CafeConnection::barista).toList(), book, settings.prepTime());
        // a round trip on each listening connection: its consumer is in place before the first order
        kiosks.get(0).kiosk().menu().join();
        bar.get(0).barista().barQueue().join();

        long started = System.nanoTime();
        long deadline = started + settings.deadline().toNanos();
        AtomicInteger ordersLeft = new AtomicInteger(settings.orders());
        List<Thread> kioskThreads = new ArrayList<>();
        for (int i = 0; i < kiosks.size(); i++) {
            Thread kiosk = new Thread(new SimulatedKiosk("kiosk-" + (i + 1), kiosks.get(i).kiosk(), book, ordersLeft,
                    settings.declineShare(), deadline, new Random(seeds.nextLong())), "simulated-kiosk-" + (i + 1));
            kiosk.setDaemon(true);
            kioskThreads.add(kiosk);
            kiosk.start();
        }
        for (Thread kiosk : kioskThreads) {
            kiosk.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        book.awaitFinished(book.ours().size(), deadline);
        double seconds = (System.nanoTime() - started) / 1e9;
        updates.close();
        baristas.close();
        return SimulationReport.of(settings, book, seconds);
    }

    private List<CafeConnection> connect(TerminalConfig config, int count) throws InterruptedException {
        List<CafeConnection> opened = connectAll(config, count);
        connections.addAll(opened);
        return opened;
    }

    /** Opens {@code count} connections as the config's role and waits until each is connected. */
    static List<CafeConnection> connectAll(TerminalConfig config, int count) throws InterruptedException {
        List<CafeConnection> opened = new ArrayList<>();
        CountDownLatch connected = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            CafeConnection connection = CafeClients.connect(config);
            opened.add(connection);
            AtomicBoolean once = new AtomicBoolean();
            connection.onStateChange(state -> {
                if (state == ConnectionState.CONNECTED && once.compareAndSet(false, true)) {
                    connected.countDown();
                }
            });
        }
        if (!connected.await(CONNECT_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
            opened.forEach(CafeConnection::close);
            throw new IllegalStateException("no store server answered at " + config.brokerUrl() + " as "
                    + config.user() + " within " + CONNECT_WITHIN.toSeconds() + " s");
        }
        return opened;
    }
}
