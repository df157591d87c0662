package cafe.console.bar;

import cafe.client.BaristaClient;
import cafe.client.CafeException;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.Subscription;
import cafe.console.soldout.SoldOutViewModel;
import cafe.contract.barista.BarQueue;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketStatus;
import cafe.terminal.time.Alarm;
import cafe.terminal.time.ServerClock;
import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this console's board, menu and figures equal to the server's: the whole state is read on
 * every (re)connect, then ticket and menu events keep it current; the figures are asked again on
 * every change of the board. A failed read is retried on the
 * next tick, so nothing the server knows stays missing here.
 */
final class BarSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BarSync.class);
    private static final Duration STATS_EVERY = Duration.ofSeconds(30);
    private static final Duration FORGET_EVERY = Duration.ofHours(1);
    /** A finished ticket is remembered this long after its last move, against a late copy of an event. */
    private static final Duration REMEMBER_FINISHED = Duration.ofHours(24);

    private final CafeConnection connection;
    private final BaristaClient client;
    private final TicketBoard board;
    private final DayStatsModel dayStats;
    private final SoldOutViewModel soldOut;
    private final AgeThresholds thresholds;
    private final Executor ui;
    private final Runnable onNewTicket;
    private final Consumer<List<Ticket>> onStopped;
    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    /** False from a failed read of the bar to the next that succeeds: the link may be up, the store not. */
    private final ReadOnlyBooleanWrapper answering = new ReadOnlyBooleanWrapper(true);
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final ServerClock serverClock;
    /** On the steady count: setting the PC's clock moves neither. */
    private final Alarm nextForgetting;
    private final Alarm nextStats;
    private boolean barLoaded;
    private boolean barStale;
    /** Reads of the bar asked so far: only the newest one's answer says whether the store answers. */
    private int barReads;

    BarSync(CafeConnection connection, TicketBoard board, DayStatsModel dayStats, SoldOutViewModel soldOut,
            TerminalClock clock, AgeThresholds thresholds, Executor ui, Runnable onNewTicket,
            Consumer<List<Ticket>> onStopped) {
        this.connection = connection;
        this.client = connection.barista();
        this.board = board;
        this.dayStats = dayStats;
        this.soldOut = soldOut;
        this.nextForgetting = new Alarm(clock);
        this.nextStats = new Alarm(clock);
        this.serverClock = new ServerClock(clock);
        this.thresholds = thresholds;
        this.ui = ui;
        this.onNewTicket = onNewTicket;
        this.onStopped = onStopped;
        // the figures follow every change of the board, whether an event, an action's answer or a
        // snapshot brought it: after a bump the answer comes first and its event is then stale
        board.revisionProperty().addListener((obs, was, now) -> refreshStats());
        // the figures, asked every 30 s, went unanswered: the next tick reads the bar, which tells
        // whether the store answers, though the link is up
        dayStats.unansweredProperty().addListener((obs, was, now) -> barStale = true);
    }

    ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty answeringProperty() {
        return answering.getReadOnlyProperty();
    }

    boolean connected() {
        return state.get() == ConnectionState.CONNECTED;
    }

    /** The store server's time now, as the tickets heard live tell it: the tickets' timers run on it. */
    Instant serverNow() {
        return serverClock.now();
    }

    /** Subscribes to events before the state, so nothing published during the first read is missed. */
    void open() {
        subscriptions.add(client.onTicketEvent(event -> ui.execute(() -> onTicket(event.ticket()))));
        subscriptions.add(client.onMenuChanged(menu -> ui.execute(() -> soldOut.apply(menu))));
        subscriptions.add(connection.onStateChange(next -> ui.execute(() -> onConnection(next))));
    }

    /**
     * Every second: the figures every 30 s, the bar or the menu again if its last read failed, the
     * bumps too old to undo off the recall list, and once an hour the finished tickets of the day
     * before (by the server's time) forgotten.
     */
    void tick() {
        if (nextForgetting.offOrRings()) {
            nextForgetting.setIn(FORGET_EVERY);
            board.forgetFinishedBefore(serverNow().minus(REMEMBER_FINISHED));
        }
        board.forgetRecallsAt(serverNow());
        if (!connected()) {
            return;
        }
        if (nextStats.offOrRings()) {
            refreshStats();
        }
        if (barStale) {
            reloadBar();
        }
        soldOut.reloadIfFailed();
    }

    /** Reads the bar again, e.g. after the server refused an action this console thought legal. */
    void resync() {
        if (connected()) {
            reloadBar();
        }
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    private void onConnection(ConnectionState next) {
        LOG.info("Connection {}", next);
        state.set(next);
        if (next != ConnectionState.CONNECTED) {
            answering.set(true); // the link's own state is told; whether the store answers, once it is up
        }
        if (next == ConnectionState.CONNECTED) {
            reloadBar();
            soldOut.reload();
            refreshStats();
        }
    }

    private void onTicket(Ticket ticket) {
        stampOf(ticket).ifPresent(serverClock::heard);
        TicketBoard.Change change = board.apply(ticket);
        if (change == TicketBoard.Change.STALE) {
            return;
        }
        board.refreshAges(serverNow(), thresholds);
        if (change == TicketBoard.Change.NEW && ticket.status() == TicketStatus.QUEUED) {
            LOG.info("New ticket for order {}", ticket.orderId());
            onNewTicket.run();
        } else if (change == TicketBoard.Change.STOPPED) {
            stopped(List.of(ticket));
        }
    }

    /**
     * When the server moved the ticket, by its own clock. A cancellation or a recall carries older
     * times; the latest server time they tell wins, so they count only until a move is heard.
     */
    private static Optional<Instant> stampOf(Ticket ticket) {
        return ticket.status() == TicketStatus.CANCELLED ? Optional.empty() : TicketBoard.lastMoved(ticket);
    }

    private void stopped(List<Ticket> tickets) {
        tickets.forEach(ticket -> LOG.warn("Order {} was cancelled while being made or ready", ticket.orderId()));
        onStopped.accept(tickets);
    }

    private void reloadBar() {
        barStale = false;
        TicketBoard.PendingSnapshot asked = board.snapshotAsked();
        int read = ++barReads;
        client.barQueue().whenComplete((queue, failure) -> ui.execute(() -> {
            if (read == barReads && (failure == null || !CafeException.linkDown(failure))) {
                answering.set(failure == null);
            }
            barAnswered(asked, queue, failure);
        }));
    }

    private void barAnswered(TicketBoard.PendingSnapshot asked, BarQueue queue, Throwable failure) {
        if (failure != null) {
            LOG.warn("Bar queue unavailable, will ask again: {}", failure.toString());
            board.snapshotFailed(asked);
            barStale = true;
            return;
        }
        TicketBoard.Reloaded reloaded = board.applySnapshot(asked, queue);
        board.refreshAges(serverNow(), thresholds);
        if (barLoaded && !reloaded.unseen().isEmpty()) {
            onNewTicket.run();
        }
        if (!reloaded.stopped().isEmpty()) {
            stopped(reloaded.stopped());
        }
        barLoaded = true;
    }

    private void refreshStats() {
        nextStats.setIn(STATS_EVERY);
        dayStats.refresh();
    }
}
