package cafe.console.bar;

import static org.awaitility.Awaitility.await;

import cafe.client.BaristaClient;
import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.console.fake.MutableClock;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderAccepted;
import cafe.contract.wire.Role;
import cafe.core.server.RunningStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real StoreServer (the small test menu) for a class of console tests, registered with
 * {@code @RegisterExtension static}: it starts before the first test in a folder of its own; after
 * each test it closes that test's consoles and hands every ticket over, so the next test starts at
 * an empty bar; after the last it stops. It holds a simulated kiosk that pays, consoles linked with
 * the barista role, and a barista link of the test's own to read and clear the bar.
 */
final class LiveStore implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final double FULL_HD_WIDTH = 1920;

    private final List<ConsoleFixture> consoles = new ArrayList<>();
    private final List<CafeConnection> consoleLinks = new ArrayList<>();
    private Path dataDir;
    private RunningStore store;
    private SimulatedKiosk kiosk;
    private CafeConnection staff;
    private MutableClock clock = MutableClock.stoppedNow();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("console-store");
        store = RunningStore.withTestMenu(dataDir);
        kiosk = SimulatedKiosk.connect(store);
        staff = CafeClients.connect(store.server().terminalConfig(Role.BARISTA));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeConsoles();
        clearBar();
        clock = MutableClock.stoppedNow();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        staff.close();
        kiosk.close();
        store.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    SimulatedKiosk kiosk() {
        return kiosk;
    }

    /** Stops the StoreServer, as when the back-office PC goes down. */
    void stopServer() {
        store.server().close();
    }

    /** Starts the stopped StoreServer again on the same data folder, port and passwords. */
    void startServerAgain() throws Exception {
        store.restart();
    }

    /**
     * The clock of this test's consoles: stopped at a real time from before the test's first order,
     * so timers move only when the test moves it, from the real times the server stamps on tickets.
     */
    MutableClock clock() {
        return clock;
    }

    /** On the FX thread: a full-screen console for this station, linked to the store as a barista. */
    ConsoleFixture console(Stage stage, String station) {
        return console(stage, station, FULL_HD_WIDTH);
    }

    /** On the FX thread: a console for this station on the stage, linked to the store as a barista. */
    ConsoleFixture console(Stage stage, String station, double width) {
        CafeConnection link = CafeClients.connect(store.server().terminalConfig(Role.BARISTA));
        consoleLinks.add(link);
        ConsoleFixture console = new ConsoleFixture(link, clock);
        consoles.add(console);
        console.show(stage, StationSettings.defaults().withStation(station), width, 1080);
        return console;
    }

    /** Closes every console opened so far, and their links. */
    private void closeConsoles() {
        consoles.forEach(ConsoleFixture::close);
        consoles.clear();
        consoleLinks.forEach(CafeConnection::close);
        consoleLinks.clear();
    }

    /** The ticket as the server has it now. */
    Ticket ticket(String orderId) {
        return answer(bar().barQueue()).active().stream().filter(t -> t.orderId().equals(orderId))
                .findFirst().orElseThrow(() -> new AssertionError("no ticket at the bar for " + orderId));
    }

    /** Hands every ticket still at the bar over, so the next test starts with an empty bar. */
    private void clearBar() {
        BaristaClient bar = bar();
        for (Ticket ticket : answer(bar.barQueue()).active()) {
            TicketAction action = new TicketAction(ticket.orderId(), "clean-up");
            if (ticket.status() == TicketStatus.QUEUED) {
                answer(bar.start(action));
            }
            if (ticket.status() != TicketStatus.READY) {
                answer(bar.markReady(action));
            }
            answer(bar.markPickedUp(action));
        }
    }

    /** The id of the order's ticket card on the rail, e.g. "ticket-101". */
    static String card(OrderAccepted order) {
        return "ticket-" + order.orderNumber();
    }

    /** A part of the order's ticket card, e.g. {@code at(order, ".ticket-status")}. */
    static String at(OrderAccepted order, String part) {
        return "#" + card(order) + " " + part;
    }

    /** The order's row on the pickup shelf. */
    static String shelf(OrderAccepted order) {
        return "#ready-" + order.orderNumber();
    }

    static void awaitConnected(CafeConnection link) {
        await().atMost(ConsoleFixture.PATIENCE).until(() -> link.state() == ConnectionState.CONNECTED);
    }

    /** The server's answer, within the patience a test has. */
    static <T> T answer(CompletableFuture<T> reply) {
        try {
            return reply.get(ConsoleFixture.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the store server did not answer", e);
        }
    }

    private BaristaClient bar() {
        awaitConnected(staff);
        return staff.barista();
    }
}
