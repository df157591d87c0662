package cafe.console.bar;

import cafe.client.CafeConnection;
import cafe.contract.barista.Ticket;
import cafe.contract.order.OrderAccepted;
import cafe.contract.wire.Role;
import cafe.terminal.testing.LiveStore;
import cafe.terminal.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Consoles on a real StoreServer (the kit's {@link LiveStore}) for a class of tests, registered with
 * {@code @RegisterExtension static}: the store starts before the first test; after each test the
 * test's consoles close and every ticket is handed over, so the next test starts at an empty bar;
 * after the last it stops.
 */
final class LiveConsoles implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final double FULL_HD_WIDTH = 1920;

    private final List<ConsoleFixture> consoles = new ArrayList<>();
    private final List<CafeConnection> consoleLinks = new ArrayList<>();
    private LiveStore store;
    private MutableClock clock = MutableClock.stoppedNow();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        store = LiveStore.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeConsoles();
        store.clearBar();
        clock = MutableClock.stoppedNow();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        store.close();
    }

    /** The store's simulated kiosk, which pays for orders. */
    LiveStore kiosk() {
        return store;
    }

    /** Stops the StoreServer, as when the back-office PC goes down. */
    void stopServer() throws Exception {
        store.stopServer();
    }

    /** Starts the stopped StoreServer again on the same data folder, port and passwords. */
    void startServerAgain() {
        store.startServer();
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
        CafeConnection link = store.connect(Role.BARISTA);
        consoleLinks.add(link);
        ConsoleFixture console = new ConsoleFixture(link, clock);
        consoles.add(console);
        console.show(stage, StationSettings.defaults().withStation(station), width, 1080);
        return console;
    }

    /** The ticket as the server has it now. */
    Ticket ticket(String orderId) {
        return store.ticket(orderId);
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

    private void closeConsoles() {
        consoles.forEach(ConsoleFixture::close);
        consoles.clear();
        consoleLinks.forEach(CafeConnection::close);
        consoleLinks.clear();
    }
}
