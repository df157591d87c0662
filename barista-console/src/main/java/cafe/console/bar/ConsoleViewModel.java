package cafe.console.bar;

import cafe.client.BaristaClient;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.console.soldout.SoldOutViewModel;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketStatus;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import cafe.terminal.sound.Chime;
import cafe.terminal.time.Alarm;
import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The barista console: the bar's tickets kept current from the server's events, the bump-bar
 * commands, the day's figures, the 86 panel and the link's state. Everything runs on the UI thread;
 * client answers and events are handed over through the injected UI executor.
 */
public final class ConsoleViewModel implements AutoCloseable {

    /** A burst of tickets rings once: twenty dings in a row would be noise, not news. */
    /** The console's words: {@code cafe/console/i18n/console_<lang>.properties}. */
    public static final String TEXTS = "cafe.console.i18n.console";
    private static final Duration CHIME_GAP = Duration.ofSeconds(2);
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final StationSettings settings;
    private final TerminalClock clock;
    private final Chime chime;
    private final TicketBoard board = new TicketBoard();
    private final ObservableList<AllDayCount> allDay = FXCollections.observableArrayList();
    private final ObservableList<AllDayCount> allDayView = FXCollections.unmodifiableObservableList(allDay);
    private final DayStatsModel dayStats;
    private final SoldOutViewModel soldOut;
    private final BarActions actions;
    private final ReadOnlyObjectWrapper<Texts> texts;
    private final BooleanProperty darkTheme;
    private final BooleanProperty soundOn;
    private final BooleanProperty soldOutOpen = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Toast> toast = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper newTicketSignal = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper wallClock = new ReadOnlyStringWrapper("");
    private final BarSync sync;
    private long toastSerial;
    /** Rings once the gap after the last chime has passed, on the steady count: a clock set back silences none. */
    private final Alarm chimeGap;

    public ConsoleViewModel(CafeConnection connection, StationSettings settings, TerminalClock clock, Executor ui,
                            Chime chime) {
        BaristaClient client = connection.barista();
        this.settings = settings;
        this.clock = clock;
        this.chimeGap = new Alarm(clock);
        this.chime = chime;
        this.texts = new ReadOnlyObjectWrapper<>(Texts.of(TEXTS, Language.of(settings.locale())));
        this.darkTheme = new SimpleBooleanProperty(settings.darkTheme());
        this.soundOn = new SimpleBooleanProperty(settings.soundOn());
        this.dayStats = new DayStatsModel(client, ui);
        this.soldOut = new SoldOutViewModel(client, ui, (item, failure) -> error(
                texts().get("toast.soldOutFailed", texts().of(item.name()))));
        this.actions = new BarActions(client, settings.station(), board, ui, this::refused);
        this.sync = new BarSync(connection, board, dayStats, soldOut, clock, settings.thresholds(), ui,
                this::announceNewTicket, this::warnNotToHandOver);
        board.revisionProperty().addListener((obs, was, now) -> allDay.setAll(AllDayCounts.of(board.activeTickets())));
    }

    // Properties

    public TicketBoard board() {
        return board;
    }

    /** Drinks waiting across all tickets, by item and options, for batching. */
    public ObservableList<AllDayCount> allDay() {
        return allDayView;
    }

    public DayStatsModel dayStats() {
        return dayStats;
    }

    public SoldOutViewModel soldOut() {
        return soldOut;
    }

    public String station() {
        return settings.station();
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return sync.stateProperty();
    }

    /**
     * False while the bar cannot be read though the link may be up (a store server stopped or
     * overloaded behind a broker of its own): the board may be out of date until a read succeeds.
     */
    public ReadOnlyBooleanProperty storeAnsweringProperty() {
        return sync.answeringProperty();
    }

    public BooleanBinding connectedBinding() {
        return Bindings.equal(sync.stateProperty(), ConnectionState.CONNECTED);
    }

    /** The language the screen speaks; the view reloads itself when it changes. */
    public ReadOnlyObjectProperty<Texts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    public Texts texts() {
        return texts.get();
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public BooleanProperty soundOnProperty() {
        return soundOn;
    }

    public BooleanProperty soldOutOpenProperty() {
        return soldOutOpen;
    }

    public ReadOnlyObjectProperty<Toast> toastProperty() {
        return toast.getReadOnlyProperty();
    }

    /** Grows by one for every new ticket, so the view can flash for those who cannot hear the chime. */
    public ReadOnlyIntegerProperty newTicketSignalProperty() {
        return newTicketSignal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wallClockProperty() {
        return wallClock.getReadOnlyProperty();
    }

    // Commands

    /** Starts following the server: events, menu changes and the link's state. */
    public void open() {
        sync.open();
        tick();
    }

    /** Called every second by the view's timer: timers, age colours, the clock, periodic refresh. */
    public void tick() {
        Instant now = clock.instant();
        board.refreshAges(sync.serverNow(), settings.thresholds());
        wallClock.set(WALL_CLOCK.format(now.atZone(clock.getZone())));
        sync.tick();
    }

    public void selectSlot(int slot) {
        board.selectSlot(slot);
    }

    public void select(TicketCardModel card) {
        board.select(card);
    }

    public void moveSelection(int delta) {
        board.moveSelection(delta);
    }

    public void startSelected() {
        board.selected().ifPresent(this::start);
    }

    public void readySelected() {
        board.selected().ifPresent(this::ready);
    }

    public void start(TicketCardModel card) {
        board.select(card);
        actions.start(card);
    }

    public void ready(TicketCardModel card) {
        if (!notStartedYet(card)) {
            actions.ready(card);
        }
    }

    public void pickUp(TicketCardModel card) {
        actions.pickUp(card);
    }

    /** The bump bar's "picked up": hands over the ticket that has been ready longest. */
    public void pickUpOldestReady() {
        board.oldestReady().ifPresentOrElse(actions::pickUp, () -> info(texts().get("toast.nothingReady")));
    }

    public void toggleLine(TicketCardModel card, int lineIndex) {
        if (!notStartedYet(card)) {
            actions.check(card, lineIndex);
        }
    }

    /** Each press recalls the next bump back, a second one within the first's round trip included. */
    public void recallLast() {
        board.recallable().stream().filter(ticket -> !actions.recalling(ticket)).findFirst()
                .ifPresentOrElse(actions::recall, () -> info(texts().get("toast.nothingToRecall")));
    }

    public void toggleLanguage() {
        texts.set(texts.get().otherLanguage());
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    public void toggleSound() {
        soundOn.set(!soundOn.get());
    }

    public void toggleSoldOutPanel() {
        soldOutOpen.set(!soldOutOpen.get());
    }

    @Override
    public void close() {
        sync.close();
    }

    private void announceNewTicket() {
        newTicketSignal.set(newTicketSignal.get() + 1);
        if (soundOn.get() && chimeGap.offOrRings()) {
            chimeGap.setIn(CHIME_GAP);
            chime.ring();
        }
    }

    /**
     * A new ticket is made ready or has a drink ticked off only once started. The server would refuse
     * either, and its refusal reads as if the ticket had moved on. A card whose start is on its way is
     * left to the actions, which wait for its answer.
     */
    private boolean notStartedYet(TicketCardModel card) {
        Ticket ticket = card.ticket();
        if (ticket.status() != TicketStatus.QUEUED || card.busyProperty().get()) {
            return false;
        }
        info(texts().get("toast.notStarted", String.valueOf(ticket.orderNumber())));
        return true;
    }

    /** A refusal is shown, and the bar is read again so this console shows what really happened. */
    private void refused(Ticket ticket, Throwable failure) {
        error(Refusals.describe(texts(), ticket, failure));
        sync.resync();
    }

    /** Tickets being made or ready were cancelled and refunded: one toast for all, as a toast replaces another. */
    private void warnNotToHandOver(List<Ticket> stopped) {
        String numbers = stopped.stream().map(Ticket::orderNumber).sorted().map(String::valueOf)
                .collect(Collectors.joining(", #"));
        error(texts().get(stopped.size() == 1 ? "toast.cancelledInHand" : "toast.cancelledInHandMany", numbers));
    }

    private void error(String text) {
        toast.set(new Toast(text, Toast.Kind.ERROR, ++toastSerial));
    }

    private void info(String text) {
        toast.set(new Toast(text, Toast.Kind.INFO, ++toastSerial));
    }
}
