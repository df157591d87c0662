package cafe.pickup.board;

import cafe.client.CafeConnection;
import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.client.Subscription;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.terminal.sound.Chime;
import cafe.terminal.time.Alarm;
import cafe.terminal.time.ServerClock;
import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pickup board's state: which numbers are preparing and ready, which one was called last, and
 * whether the link to the store is up. It loads the whole board on every (re)connect and then
 * follows its changes (whole boards from the client), drops ready numbers nobody collected after
 * the time-out, and rings the chime for each newly ready number. All state changes run on the UI
 * executor; broker calls run on the background executor.
 */
public final class BoardViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoardViewModel.class);
    /** A reload still unanswered after this long is abandoned and tried again. */
    private static final Duration STUCK_RELOAD = Duration.ofSeconds(30);
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyObjectWrapper<ConnectionState> connectionState =
            new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    /** False from a reading that failed or went unanswered to the next that succeeds. */
    private final ReadOnlyBooleanWrapper answering = new ReadOnlyBooleanWrapper(true);
    private final BoardColumn preparing = new BoardColumn();
    private final BoardColumn ready = new BoardColumn();
    private final ReadOnlyObjectWrapper<Announcement> announcement = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper timeOfDay = new ReadOnlyStringWrapper("");

    private final Chime chime;
    private final TerminalClock clock;
    private final Executor ui;
    private final Executor background;
    private final BoardSettings settings;
    private final SnapshotGate gate = new SnapshotGate();
    private final ServerClock serverClock;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    private CafeConnection connection;
    private PickupBoard current;
    private Set<String> readyOnScreen;
    private long announcements;
    /** On the steady count, so a clock set back delays no reading: the next, once the first is over. */
    private final Alarm nextReload;
    /** A reading still unanswered when this rings is asked again. */
    private final Alarm reloadStuck;

    public BoardViewModel(Chime chime, TerminalClock clock, Executor ui, Executor background, BoardSettings settings) {
        this.chime = chime;
        this.clock = clock;
        this.nextReload = new Alarm(clock);
        this.reloadStuck = new Alarm(clock);
        this.serverClock = new ServerClock(clock);
        this.ui = ui;
        this.background = background;
        this.settings = settings;
    }

    // Properties

    public BoardColumn preparing() {
        return preparing;
    }

    public BoardColumn ready() {
        return ready;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /**
     * False while the board cannot be read though the link may be up (a store server stopped behind
     * a broker of its own): what the board shows may be out of date.
     */
    public ReadOnlyBooleanProperty answeringProperty() {
        return answering.getReadOnlyProperty();
    }

    /** The number called last; changes with every newly ready number. */
    public ReadOnlyObjectProperty<Announcement> announcementProperty() {
        return announcement.getReadOnlyProperty();
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** The store's time of day, "HH:mm", updated on every tick. */
    public ReadOnlyStringProperty timeOfDayProperty() {
        return timeOfDay.getReadOnlyProperty();
    }

    // Commands

    /**
     * Follows the board over this connection: its state, its events and a reload on every CONNECTED.
     * Starts the connection once it follows them, so its first CONNECTED means the board's feed is open.
     */
    public void connect(CafeConnection newConnection) {
        this.connection = newConnection;
        background.execute(() -> {
            subscriptions.add(newConnection.board().onBoardChanged(board -> ui.execute(() -> onBoardChanged(board))));
            subscriptions.add(newConnection.onStateChange(state -> ui.execute(() -> onStateChanged(state))));
            newConnection.start();
        });
    }

    /** Called about once a second: the clock, time-outs of uncollected numbers, resync and retries. */
    public void tick() {
        Instant now = clock.instant();
        timeOfDay.set(TIME_OF_DAY.format(now.atZone(settings.zone())));
        if (connected.get() && reloadDue()) {
            if (gate.reloading()) {
                answering.set(false); // the last reading went unanswered until it was deemed stuck
            }
            reload();
        }
        if (current != null) {
            render();
        }
    }

    public void toggleMuted() {
        muted.set(!muted.get());
    }

    @Override
    public void close() {
        List<Subscription> open = List.copyOf(subscriptions);
        subscriptions.clear();
        background.execute(() -> open.forEach(Subscription::close));
    }

    private void onStateChanged(ConnectionState state) {
        LOG.info("Pickup board connection {}", state);
        connectionState.set(state);
        connected.set(state == ConnectionState.CONNECTED);
        if (state != ConnectionState.CONNECTED) {
            answering.set(true); // the link's own state is told; whether the store answers, once it is up
        }
        if (state == ConnectionState.CONNECTED) {
            reload();
        }
    }

    /** A change heard live: its newest number moved by the server's clock a few milliseconds ago. */
    private void onBoardChanged(PickupBoard board) {
        Stream.concat(board.preparing().stream(), board.ready().stream()).map(BoardNumber::since)
                .max(Instant::compareTo).ifPresent(serverClock::heard);
        gate.offerEvent(board).ifPresent(this::show);
    }

    private boolean reloadDue() {
        return gate.reloading() ? reloadStuck.rings() : nextReload.rings();
    }

    private void reload() {
        long ticket = gate.reloadStarted();
        reloadStuck.setIn(STUCK_RELOAD);
        CafeConnection source = connection;
        CompletableFuture.supplyAsync(() -> source.board().pickupBoard(), background)
                .thenCompose(answer -> answer)
                .whenComplete((board, failure) -> ui.execute(() -> onReloaded(ticket, board, failure)));
    }

    private void onReloaded(long ticket, PickupBoard board, Throwable failure) {
        if (gate.isNewest(ticket) && (failure == null || !CafeException.linkDown(failure))) {
            answering.set(failure == null);
        }
        if (failure != null) {
            gate.reloadFailed(ticket);
            nextReload.setIn(settings.retryAfter());
            LOG.warn("Could not load the pickup board, retrying in {}s: {}",
                    settings.retryAfter().toSeconds(), failure.toString());
            return;
        }
        nextReload.setIn(settings.resyncEvery());
        gate.offerReload(ticket, board).ifPresent(this::show);
    }

    private void show(PickupBoard board) {
        LOG.debug("Showing board version {}", board.version());
        current = board;
        render();
    }

    private void render() {
        Instant serverNow = serverClock.now();
        List<BoardNumber> listed = newestFirst(unique(current.ready()));
        List<BoardNumber> readyNow = listed.stream().filter(number -> !timedOut(number, serverNow)).toList();
        List<BoardNumber> arrived = List.of();
        if (readyOnScreen != null) {
            arrived = readyNow.stream().filter(number -> !readyOnScreen.contains(number.orderId())).toList();
            listed.stream()
                    .filter(number -> readyOnScreen.contains(number.orderId()) && timedOut(number, serverNow))
                    .forEach(number -> LOG.info("Order {} not collected within {} min: number {} taken off the board",
                            number.orderId(), settings.readyTimeout().toMinutes(), number.orderNumber()));
        }
        readyOnScreen = ids(readyNow);
        showColumns(readyNow);
        if (!arrived.isEmpty()) {
            announce(arrived.get(0));
        }
    }

    private void showColumns(List<BoardNumber> readyNow) {
        String newestId = readyNow.isEmpty() ? null : readyNow.get(0).orderId();
        ready.show(readyNow.stream()
                .map(number -> new ShownNumber(number.orderId(), number.orderNumber(),
                        number.orderId().equals(newestId)))
                .toList());
        preparing.show(unique(current.preparing()).stream()
                .filter(number -> !readyOnScreen.contains(number.orderId()))
                .map(number -> new ShownNumber(number.orderId(), number.orderNumber(), false))
                .toList());
    }

    private void announce(BoardNumber number) {
        LOG.info("Order {} ready: calling number {}", number.orderId(), number.orderNumber());
        announcement.set(new Announcement(++announcements, number.orderId(), number.orderNumber()));
        if (!muted.get()) {
            chime.ring();
        }
    }

    /** Timed by the server's clock, which set the number's {@code since}, not by this PC's. */
    private boolean timedOut(BoardNumber number, Instant serverNow) {
        return !serverNow.isBefore(number.since().plus(settings.readyTimeout()));
    }

    /** Ready numbers, the most recently ready first; the server lists them oldest first. */
    private static List<BoardNumber> newestFirst(Collection<BoardNumber> numbers) {
        List<BoardNumber> latestListedFirst = new ArrayList<>(numbers);
        Collections.reverse(latestListedFirst);
        latestListedFirst.sort(Comparator.comparing(BoardNumber::since).reversed());
        return List.copyOf(latestListedFirst);
    }

    /** The numbers once each, by order id, keeping the last listing of a repeated one. */
    private static Collection<BoardNumber> unique(List<BoardNumber> numbers) {
        Map<String, BoardNumber> byId = new LinkedHashMap<>();
        numbers.forEach(number -> {
            byId.remove(number.orderId());
            byId.put(number.orderId(), number);
        });
        return byId.values();
    }

    private static Set<String> ids(List<BoardNumber> numbers) {
        return numbers.stream().map(BoardNumber::orderId).collect(Collectors.toUnmodifiableSet());
    }
}
