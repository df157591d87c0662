package cafe.pickup.testing;

import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.contract.barista.BarQueue;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.PickupBoard;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderUpdate;
import cafe.contract.wire.Role;
import cafe.core.order.Carts;
import cafe.core.server.RunningStore;
import cafe.pickup.board.BoardSettings;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * A real StoreServer in a test folder (the test menu, the simulated card network), a simulated
 * kiosk that pays by card and a simulated barista who makes the orders, both on the real client
 * API with their roles, and the pickup displays the test opens on it with the display role.
 */
public final class LiveStore implements AutoCloseable {

    private static final Duration DEADLINE = Duration.ofSeconds(15);
    private static final String STATION = "Bar 1";
    /** One americano, regular and hot, as the test menu prices it. */
    private static final long AMERICANO_WON = 4_500;

    private final RunningStore store;
    private final CafeConnection kiosk;
    private final CafeConnection barista;
    private final List<OrderUpdate> orderUpdates = new CopyOnWriteArrayList<>();
    private final List<TvScreen> displays = new ArrayList<>();

    private LiveStore(RunningStore store) {
        this.store = store;
        this.kiosk = CafeClients.connect(store.server().terminalConfig(Role.KIOSK));
        this.barista = CafeClients.connect(store.server().terminalConfig(Role.BARISTA));
        kiosk.kiosk().onOrderUpdate(orderUpdates::add);
        awaitTerminalsConnected();
    }

    public static LiveStore start(Path dataDir) {
        return new LiveStore(RunningStore.withTestMenu(dataDir));
    }

    // The pickup displays

    /** Opens a pickup display in a window of its own, connected as the display role. */
    public TvScreen display(Clock clock) throws Exception {
        FxToolkit.registerPrimaryStage();
        TvScreen tv = TvScreen.open(FxToolkit.registerStage(Stage::new),
                CafeClients.connect(store.server().terminalConfig(Role.DISPLAY)), clock,
                BoardSettings.defaults().withZone(ZoneOffset.UTC));
        displays.add(tv);
        return tv;
    }

    public TvScreen display() throws Exception {
        return display(Clock.systemUTC());
    }

    /** Switches off every display the test opened. */
    public void closeDisplays() throws Exception {
        for (TvScreen tv : displays) {
            tv.close();
        }
        displays.clear();
        FxToolkit.cleanupStages();
    }

    // The kiosk

    /** A customer orders an americano and pays by card; returns once the order is queued at the bar. */
    public OrderAccepted pay() {
        OrderAccepted order = answer(kiosk.kiosk().placeOrder(Carts.order(AMERICANO_WON, Carts.americano(1))));
        await().atMost(DEADLINE).until(() -> orderUpdates.stream().anyMatch(update ->
                update.orderId().equals(order.orderId()) && update.status() == OrderStatus.QUEUED));
        return order;
    }

    // The barista

    public Ticket start(OrderAccepted order) {
        return bar(order, barista.barista()::start);
    }

    public Ticket ready(OrderAccepted order) {
        return bar(order, barista.barista()::markReady);
    }

    public Ticket pickUp(OrderAccepted order) {
        return bar(order, barista.barista()::markPickedUp);
    }

    /** The barista hands over every open order, so that the board is empty. */
    public void clearBar() {
        BarQueue bar = answer(barista.barista().barQueue());
        for (Ticket ticket : bar.active()) {
            TicketAction action = new TicketAction(ticket.orderId(), STATION);
            if (ticket.status() == TicketStatus.QUEUED) {
                answer(barista.barista().start(action));
            }
            if (ticket.status() != TicketStatus.READY) {
                answer(barista.barista().markReady(action));
            }
            answer(barista.barista().markPickedUp(action));
        }
        await().atMost(DEADLINE).until(() -> {
            PickupBoard board = board();
            return board.preparing().isEmpty() && board.ready().isEmpty();
        });
    }

    // The server

    /** The board as the server has it now. */
    public PickupBoard board() {
        return answer(barista.board().pickupBoard());
    }

    /** Waits until the notification context has taken in this version of the order's ticket. */
    public void awaitBoardFollowed(Ticket ticket) {
        await().atMost(DEADLINE).until(() -> boardEntryVersion(ticket.orderId()) == ticket.version());
    }

    /** The back-office PC goes down; the terminals notice and keep trying. */
    public void stopServer() throws Exception {
        store.stop();
    }

    /** The back-office PC is back, on the same data folder and port; returns once the terminals are back too. */
    public void startServer() {
        store.start();
        awaitTerminalsConnected();
    }

    @Override
    public void close() throws Exception {
        closeDisplays();
        kiosk.close();
        barista.close();
        store.close();
    }

    private long boardEntryVersion(String orderId) throws SQLException {
        return store.query("notification",
                "select ticket_version from board_entry where order_id = '" + orderId.replace("'", "''") + "'");
    }

    private void awaitTerminalsConnected() {
        await().atMost(DEADLINE).until(() -> kiosk.state() == ConnectionState.CONNECTED
                && barista.state() == ConnectionState.CONNECTED);
    }

    private Ticket bar(OrderAccepted order, Function<TicketAction, CompletableFuture<Ticket>> command) {
        return answer(command.apply(new TicketAction(order.orderId(), STATION)));
    }

    private static <T> T answer(CompletableFuture<T> call) {
        try {
            return call.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the store did not answer", e);
        }
    }
}
