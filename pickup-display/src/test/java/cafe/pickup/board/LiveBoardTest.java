package cafe.pickup.board;

import static cafe.pickup.testing.TvScreen.PREPARING;
import static cafe.pickup.testing.TvScreen.READY;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.barista.Ticket;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.order.OrderAccepted;
import cafe.pickup.testing.TvScreen;
import cafe.pickup.testing.TvScreen.Picture;
import cafe.pickup.testing.Tvs;
import cafe.terminal.testing.LiveStore;
import cafe.terminal.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pickup board on a real StoreServer, as a customer watching the TV sees it, while a simulated
 * kiosk pays for orders and a simulated barista makes them. One server for the class; each test
 * starts with the bar handed over and the board empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveBoardTest {

    private static final Picture EMPTY = new Picture(List.of(), List.of(), null);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final Tvs tvs = new Tvs();
    private LiveStore store;

    @BeforeAll
    void openTheStore(@TempDir Path dataDir) {
        store = LiveStore.start(dataDir);
    }

    @AfterAll
    void closeTheStore() throws Exception {
        store.close();
    }

    @BeforeEach
    void emptyTheBoard() {
        store.clearBar();
    }

    @AfterEach
    void switchTheDisplaysOff() throws Exception {
        tvs.closeAll();
    }

    @Test
    void aPaidNumberIsPreparingFromTheQueueOnThenReadyAndGoneOnceCollected() throws Exception {
        TvScreen tv = tvs.open(store);
        tv.shows(() -> tv.visible("connection-status"), false);

        OrderAccepted order = store.pay();
        tv.shows(() -> tv.tiles(PREPARING), List.of(label(order)));
        assertThat(tv.tiles(READY)).isEmpty();
        long queuedVersion = store.board().version();

        Ticket started = store.start(order);
        store.awaitBoardFollowed(started);
        assertThat(tv.picture()).as("starting an order changes nothing on the board")
                .isEqualTo(new Picture(List.of(label(order)), List.of(), null));
        assertThat(store.board().version()).isEqualTo(queuedVersion);

        store.ready(order);
        tv.shows(tv::picture, new Picture(List.of(), List.of(label(order)), label(order)));
        assertThat(tv.chime().rings()).isEqualTo(1);

        store.pickUp(order);
        tv.shows(tv::picture, EMPTY);
        assertThat(tv.visible("ready-empty")).as("the empty ready column says what will happen").isTrue();
        assertThat(numbers(store.board().ready())).doesNotContain(order.orderNumber());
        assertThat(tv.chime().rings()).as("collecting rings nothing").isEqualTo(1);
    }

    @Test
    void theHighlightAndTheChimeGoToTheNewestReadyNumber() throws Exception {
        TvScreen tv = tvs.open(store);
        OrderAccepted first = store.pay();
        OrderAccepted second = store.pay();
        tv.shows(() -> tv.tiles(PREPARING), List.of(label(first), label(second)));
        store.start(first);
        store.start(second);

        store.ready(first);
        tv.shows(tv::highlighted, label(first));
        assertThat(tv.chime().rings()).isEqualTo(1);

        store.ready(second);
        tv.shows(tv::highlighted, label(second));
        assertThat(tv.tiles(READY)).containsExactly(label(second), label(first));
        assertThat(tv.chime().rings()).isEqualTo(2);
    }

    @Test
    void aRestartedDisplayShowsTheSameBoardWithoutCallingItsNumbersAgain() throws Exception {
        TvScreen tv = tvs.open(store);
        TwoOrders before = twoOrdersOneCalled(tv);

        tv.close();
        TvScreen restarted = tvs.open(store);

        restarted.shows(restarted::picture, before.shown());
        assertThat(restarted.chime().rings()).as("a number called before the restart is not called again")
                .isZero();
    }

    @Test
    void duringAServerRestartTheDisplaySaysItIsOfflineAndThenShowsTheSameBoardAndFollowsIt() throws Exception {
        TvScreen tv = tvs.open(store);
        TwoOrders before = twoOrdersOneCalled(tv);
        tv.shows(() -> tv.visible("connection-status"), false);

        store.stopServer();
        tv.shows(() -> tv.visible("connection-status"), true);
        assertThat(tv.text("connection-text")).contains("Reconnecting");
        assertThat(tv.picture()).as("the last board stays up while the store is away").isEqualTo(before.shown());

        store.startServer();
        tv.shows(() -> tv.visible("connection-status"), false);
        tv.shows(tv::picture, before.shown());

        store.start(before.making());
        store.ready(before.making());
        tv.shows(tv::picture, new Picture(List.of(), List.of(label(before.making()), label(before.called())),
                label(before.making())));
        assertThat(tv.chime().rings()).isEqualTo(2);
    }

    @Test
    void anUncollectedNumberLeavesTheBoardAfterTheTimeOutButStaysReadyAtTheServer() throws Exception {
        MutableClock clock = MutableClock.running();
        TvScreen tv = tvs.open(store, clock);
        TwoOrders orders = twoOrdersOneCalled(tv);
        OrderAccepted forgotten = orders.called();

        clock.advance(BoardSettings.DEFAULT_READY_TIMEOUT.minus(Duration.ofMinutes(1)));
        tv.shows(() -> tv.text("clock").equals(CLOCK.format(clock.instant())), true);
        assertThat(tv.tiles(READY)).as("nine minutes on, still waiting to be collected")
                .containsExactly(label(forgotten));

        clock.advance(Duration.ofMinutes(1));
        tv.shows(tv::picture, new Picture(List.of(label(orders.making())), List.of(), null));
        PickupBoard server = store.board();
        assertThat(numbers(server.ready())).as("the time-out is the display's: the bar can still hand it over")
                .contains(forgotten.orderNumber());
    }

    @Test
    void twoDisplaysOnTheSameServerShowTheSameBoard() throws Exception {
        TvScreen door = tvs.open(store);
        TvScreen counter = tvs.open(store);

        TwoOrders orders = twoOrdersOneCalled(door, counter);
        assertThat(door.chime().rings()).isEqualTo(counter.chime().rings()).isEqualTo(1);

        store.pickUp(orders.called());
        showAll(new TvScreen[] {door, counter}, new Picture(List.of(label(orders.making())), List.of(), null));
    }

    /** One order made and called, one still being made, and the board that shows them. */
    private record TwoOrders(OrderAccepted called, OrderAccepted making, Picture shown) {
    }

    /** Two orders are paid and shown as preparing on every TV; then the first is made and called. */
    private TwoOrders twoOrdersOneCalled(TvScreen... tvs) {
        OrderAccepted called = store.pay();
        OrderAccepted making = store.pay();
        showAll(tvs, new Picture(List.of(label(called), label(making)), List.of(), null));
        store.start(called);
        store.ready(called);
        Picture shown = new Picture(List.of(label(making)), List.of(label(called)), label(called));
        showAll(tvs, shown);
        return new TwoOrders(called, making, shown);
    }

    private static void showAll(TvScreen[] tvs, Picture picture) {
        for (TvScreen tv : tvs) {
            tv.shows(tv::picture, picture);
        }
    }

    private static String label(OrderAccepted order) {
        return Integer.toString(order.orderNumber());
    }

    private static List<Integer> numbers(List<BoardNumber> column) {
        return column.stream().map(BoardNumber::orderNumber).toList();
    }
}
