package cafe.terminal.testing;

import static org.awaitility.Awaitility.await;

import cafe.client.BaristaClient;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.KioskClient;
import cafe.client.jms.CafeClients;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.PickupBoard;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.order.CartLine;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderView;
import cafe.contract.wire.Role;
import cafe.core.order.Carts;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real StoreServer for a screen's tests (the small test menu, the simulated card network, in a
 * folder of its own), with a simulated kiosk that pays by card and a simulated barista who makes the
 * orders, both on the real client API with their roles. The screens under test connect with
 * {@link #connect}; waiting is always on a condition with a {@link #PATIENCE} deadline.
 */
public final class LiveStore implements AutoCloseable {

    /** Long enough for a round trip through a real StoreServer on a busy two-core PC; a deadline, not a wait. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String STATION = "test-bar";

    private final RunningStore store;
    private final Path ownFolder;
    private final CafeConnection kiosk;
    private final CafeConnection barista;

    private LiveStore(RunningStore store, Path ownFolder) {
        this.store = store;
        this.ownFolder = ownFolder;
        this.kiosk = CafeClients.connect(store.server().terminalConfig(Role.KIOSK));
        this.barista = CafeClients.connect(store.server().terminalConfig(Role.BARISTA));
        awaitOwnLinks();
    }

    /** A store in a temporary folder of its own, deleted on close. */
    public static LiveStore start() throws IOException {
        Path folder = Files.createTempDirectory("live-store");
        return new LiveStore(RunningStore.withTestMenu(folder), folder);
    }

    /** As {@link #start()}, on a clock the test moves (e.g. past the 12 hours a staff pass lasts). */
    public static LiveStore start(Clock clock) throws IOException {
        Path folder = Files.createTempDirectory("live-store");
        return new LiveStore(new RunningStore(StoreConfig.forTests(folder).withMenuResource(RunningStore.TEST_MENU)
                .withClock(clock)), folder);
    }

    /** A store in the test's folder, which the test keeps. */
    public static LiveStore start(Path dataDir) {
        return new LiveStore(RunningStore.withTestMenu(dataDir), null);
    }

    /** The server's data folder, with the terminal files it wrote in {@code terminals/}. */
    public Path dataDir() {
        return store.config().dataDir();
    }

    // the screens under test

    /** A new link to the store with this role, still connecting: the caller closes it. */
    public CafeConnection connect(Role role) {
        return CafeClients.connect(store.server().terminalConfig(role));
    }

    /** As {@link #connect}, once it is connected. */
    public CafeConnection connected(Role role) {
        CafeConnection link = connect(role);
        awaitConnected(link);
        return link;
    }

    // the kiosk

    /** A customer orders an americano and pays by card; returns once the bar has queued the order. */
    public OrderAccepted pay() {
        return pay(Carts.americano(1));
    }

    /** A customer pays for this cart; returns once the bar has queued it, so orders reach it in this order. */
    public OrderAccepted pay(CartLine... lines) {
        OrderAccepted order = answer(kiosk.kiosk().placeOrder(Carts.order(totalOf(menu(), lines), lines)));
        awaitStatus(order, OrderStatus.QUEUED);
        return order;
    }

    /** The simulated kiosk's client: to listen to what a kiosk hears. */
    public KioskClient kioskClient() {
        return kiosk.kiosk();
    }

    /** The menu as the server gives it to a kiosk now. */
    public Menu menu() {
        return answer(kiosk.kiosk().menu());
    }

    /** The order as the server knows it now. */
    public OrderView order(OrderAccepted order) {
        return answer(kiosk.kiosk().order(order.orderId()));
    }

    public void awaitStatus(OrderAccepted order, OrderStatus status) {
        await().atMost(PATIENCE).until(() -> order(order).status() == status);
    }

    // the barista

    public Ticket start(OrderAccepted order) {
        return bar(order, barista.barista()::start);
    }

    public Ticket ready(OrderAccepted order) {
        return bar(order, barista.barista()::markReady);
    }

    public Ticket pickUp(OrderAccepted order) {
        return bar(order, barista.barista()::markPickedUp);
    }

    /** The order's ticket as the bar has it now. */
    public Ticket ticket(String orderId) {
        return answer(barista.barista().barQueue()).active().stream().filter(t -> t.orderId().equals(orderId))
                .findFirst().orElseThrow(() -> new AssertionError("no ticket at the bar for " + orderId));
    }

    /** The barista hands over every open order, so the next test starts at an empty bar and board. */
    public void clearBar() {
        BaristaClient bar = barista.barista();
        for (Ticket ticket : answer(bar.barQueue()).active()) {
            TicketAction action = new TicketAction(ticket.orderId(), STATION);
            if (ticket.status() == TicketStatus.QUEUED) {
                answer(bar.start(action));
            }
            if (ticket.status() != TicketStatus.READY) {
                answer(bar.markReady(action));
            }
            answer(bar.markPickedUp(action));
        }
        await().atMost(PATIENCE).until(() -> {
            PickupBoard board = board();
            return board.preparing().isEmpty() && board.ready().isEmpty();
        });
    }

    // the server

    /** The pickup board as the server has it now. */
    public PickupBoard board() {
        return answer(barista.board().pickupBoard());
    }

    /** Waits until the notification context has taken in this version of the order's ticket. */
    public void awaitBoardFollowed(Ticket ticket) {
        await().atMost(PATIENCE).until(() -> boardEntryVersion(ticket.orderId()) == ticket.version());
    }

    /** The back-office PC goes down; the terminals notice and keep trying. */
    public void stopServer() throws Exception {
        store.stop();
    }

    /** The back-office PC is back, on the same data, port and passwords; returns once this store's own links are back. */
    public void startServer() {
        store.start();
        awaitOwnLinks();
    }

    @Override
    public void close() throws Exception {
        kiosk.close();
        barista.close();
        store.close();
        if (ownFolder != null) {
            try (Stream<Path> files = Files.walk(ownFolder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    public static void awaitConnected(CafeConnection link) {
        await().atMost(PATIENCE).until(() -> link.state() == ConnectionState.CONNECTED);
    }

    /** The server's answer, within the patience a test has. */
    public static <T> T answer(CompletableFuture<T> reply) {
        try {
            return reply.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the store server did not answer", e);
        }
    }

    private void awaitOwnLinks() {
        awaitConnected(kiosk);
        awaitConnected(barista);
    }

    private Ticket bar(OrderAccepted order, Function<TicketAction, CompletableFuture<Ticket>> command) {
        return answer(command.apply(new TicketAction(order.orderId(), STATION)));
    }

    private long boardEntryVersion(String orderId) throws SQLException {
        return store.query("notification",
                "select ticket_version from board_entry where order_id = '" + orderId.replace("'", "''") + "'");
    }

    /** What a kiosk's cart sums to: base price and option deltas, times the quantity. */
    private static long totalOf(Menu menu, CartLine... lines) {
        long total = 0;
        for (CartLine line : lines) {
            MenuItem item = menu.item(line.itemId()).orElseThrow();
            long deltas = menu.optionGroupsOf(item).stream().flatMap(g -> g.options().stream())
                    .filter(o -> line.optionIds().contains(o.id())).mapToLong(MenuOption::priceDeltaWon).sum();
            total += (item.basePriceWon() + deltas) * line.quantity();
        }
        return total;
    }
}
