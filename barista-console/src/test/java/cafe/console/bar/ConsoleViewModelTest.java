package cafe.console.bar;

import static cafe.console.fake.SampleMenu.EXTRA_SHOT;
import static cafe.console.fake.SampleMenu.ICED;
import static cafe.console.fake.SampleMenu.OAT_MILK;
import static cafe.console.fake.SampleMenu.line;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.ConnectionState;
import cafe.console.fake.FakeBar;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.RecordingChime;
import cafe.terminal.testing.ScriptedConnection;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleViewModelTest {

    private final MutableClock clock = MutableClock.at("2025-05-02T01:00:00Z");
    private final FakeBar bar = new FakeBar(clock);
    private final ScriptedConnection connection = bar.connection(ConnectionState.CONNECTED);
    private final RecordingChime chime = new RecordingChime();
    private ConsoleViewModel console;

    @BeforeEach
    void openConsole() {
        console = new ConsoleViewModel(connection, StationSettings.defaults(), clock, Runnable::run, chime);
    }

    @Test
    void showsTheQueueOnConnectThenFollowsEventsFirstPaidFirst() {
        Ticket first = bar.payAt(clock.instant().minusSeconds(90), OrderType.DINE_IN, line(0, "latte", 1));
        console.open();
        Ticket second = bar.pay(OrderType.TAKE_OUT, line(0, "americano", 2, ICED));

        assertThat(numbersOnRail()).containsExactly(first.orderNumber(), second.orderNumber());
        assertThat(console.board().rail().get(0).ageTextProperty().get()).isEqualTo("1:30");
        assertThat(console.board().rail()).extracting(c -> c.slotProperty().get()).containsExactly(1, 2);
    }

    @Test
    void aNewTicketChimesAndSignalsButTheFirstLoadDoesNot() {
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        console.open();
        assertThat(chime.rings()).isZero();

        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        console.toggleSound();
        clock.advance(Duration.ofSeconds(5));
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));

        assertThat(chime.rings()).isEqualTo(1);
        assertThat(console.newTicketSignalProperty().get()).isEqualTo(2);
    }

    @Test
    void aClockSetBackDoesNotSilenceTheNextTicketsChime() {
        console.open();
        bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        clock.step(Duration.ofMinutes(-10));
        clock.advance(Duration.ofSeconds(2));

        bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));

        assertThat(chime.rings()).isEqualTo(2);
    }

    @Test
    void aBurstOfTicketsRingsOnceButFlashesForEach() {
        console.open();
        for (int i = 0; i < 5; i++) {
            bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        }
        clock.advance(Duration.ofSeconds(2));
        bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));

        assertThat(chime.rings()).isEqualTo(2);
        assertThat(console.newTicketSignalProperty().get()).isEqualTo(6);
    }

    @Test
    void anOlderCopyOfATicketNeverTurnsItBack() {
        console.open();
        Ticket queued = bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        console.startSelected();
        TicketBoard board = console.board();

        assertThat(board.apply(queued)).isEqualTo(TicketBoard.Change.STALE);
        assertThat(board.rail().get(0).ticket().status()).isEqualTo(TicketStatus.IN_PREPARATION);
    }

    @Test
    void startReadyAndPickedUpMoveTheTicketAlongTheBar() {
        console.open();
        Ticket t = bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));

        console.startSelected();
        assertThat(bar.ticket(t.orderId()).station()).isEqualTo("bar-1");
        console.readySelected();
        assertThat(console.board().rail()).isEmpty();
        assertThat(console.board().shelf()).extracting(TicketCardModel::orderId).containsExactly(t.orderId());

        console.pickUpOldestReady();
        assertThat(console.board().shelf()).isEmpty();
        assertThat(console.board().lastBumped()).map(Ticket::status).contains(TicketStatus.PICKED_UP);
        assertThat(bar.calls()).contains("start order-101 @bar-1", "markReady order-101", "markPickedUp order-101");
    }

    @Test
    void recallBringsTheLastBumpedTicketBack() {
        console.open();
        bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        console.startSelected();
        console.readySelected();
        console.pickUpOldestReady();

        console.recallLast();

        assertThat(console.board().shelf()).extracting(c -> c.ticket().orderNumber()).containsExactly(101);
    }

    @Test
    void aBumpTooOldForTheStoreToUndoLeavesTheRecallKeyAndIsNotAskedFor() {
        console.open();
        bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        console.startSelected();
        console.readySelected();
        console.pickUpOldestReady();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        console.tick();
        assertThat(console.board().lastBumped()).map(Ticket::orderNumber).contains(101);
        clock.advance(Duration.ofSeconds(2));
        console.tick();
        assertThat(console.board().lastBumped()).isEmpty();

        console.recallLast();
        assertThat(console.toastProperty().get().text()).isEqualTo("되돌릴 주문이 없습니다");
        assertThat(bar.calls()).noneMatch(call -> call.startsWith("recall"));
    }

    @Test
    void aConsoleOpenedAfterTwoBumpsRecallsTheLastAndThenTheOneBeforeIt() {
        Ticket earlier = bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        Ticket later = bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        bar.startFrom("bar-2", earlier.orderId());
        bar.markReady(new TicketAction(earlier.orderId(), "bar-2"));
        bar.startFrom("bar-2", later.orderId());
        bar.markReady(new TicketAction(later.orderId(), "bar-2"));
        bar.markPickedUp(new TicketAction(later.orderId(), "bar-2"));
        console.open();

        console.recallLast();
        console.recallLast();

        assertThat(console.toastProperty().get()).as("no refusal on the way").isNull();
        assertThat(numbersOnRail()).containsExactly(earlier.orderNumber());
        assertThat(console.board().shelf()).extracting(c -> c.ticket().orderNumber())
                .containsExactly(later.orderNumber());
    }

    @Test
    void aSecondRecallWithinTheFirstsRoundTripBringsBackTheOneBumpedBeforeIt() {
        Ticket earlier = bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        Ticket later = bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        console.open();
        console.startSelected();
        console.readySelected();
        console.startSelected();
        console.readySelected();
        console.pickUpOldestReady();
        console.pickUpOldestReady();

        bar.answersAfter(() -> {
            console.recallLast();
            console.recallLast();
        });

        assertThat(console.toastProperty().get()).as("no refusal on the way").isNull();
        assertThat(console.board().shelf()).extracting(c -> c.ticket().orderNumber())
                .containsExactlyInAnyOrder(earlier.orderNumber(), later.orderNumber());
        assertThat(bar.calls()).containsSubsequence("recall " + later.orderId(), "recall " + earlier.orderId());
    }

    @Test
    void theCursorMovesToTheNextTicketAfterABump() {
        console.open();
        bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        bar.pay(OrderType.TAKE_OUT, line(0, "cappuccino", 1));
        console.selectSlot(2);
        console.startSelected();
        console.readySelected();

        assertThat(console.board().selected()).map(c -> c.ticket().orderNumber()).contains(103);
    }

    @Test
    void aDoubleStartIsRefusedClearlyAndTheBarIsReadAgain() {
        console.open();
        Ticket t = bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        bar.unheard(() -> bar.startFrom("bar-2", t.orderId()));

        console.startSelected();

        assertThat(console.toastProperty().get().kind()).isEqualTo(Toast.Kind.ERROR);
        assertThat(console.toastProperty().get().text()).isEqualTo("#101 주문은 다른 스테이션에서 이미 시작했습니다");
        assertThat(console.board().rail().get(0).ticket().station()).isEqualTo("bar-2");
    }

    @Test
    void aDrinkInTheMakingWhoseOrderIsCancelledIsFlaggedNotToBeHandedOver() {
        console.open();
        console.toggleLanguage();
        Ticket made = bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        Ticket queued = bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        console.startSelected();

        bar.cancelledByTheStore(queued.orderId());
        assertThat(console.toastProperty().get()).as("a queued ticket just leaves").isNull();
        bar.cancelledByTheStore(made.orderId());

        assertThat(console.board().rail()).isEmpty();
        assertThat(console.toastProperty().get().kind()).isEqualTo(Toast.Kind.ERROR);
        assertThat(console.toastProperty().get().text()).isEqualTo("#101 was cancelled and refunded: do not hand it over");
    }

    @Test
    void drinksInHandCancelledWhileTheLinkWasDownAreFlaggedTogetherWhenItIsBack() {
        console.open();
        console.toggleLanguage();
        Ticket made = bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        Ticket ready = bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        Ticket queued = bar.pay(OrderType.TAKE_OUT, line(0, "latte", 2));
        console.startSelected();
        bar.unheard(() -> {
            bar.startFrom("bar-1", ready.orderId());
            bar.markReady(new TicketAction(ready.orderId(), "bar-1"));
        });
        connection.set(ConnectionState.RECONNECTING);
        connection.set(ConnectionState.CONNECTED);
        connection.set(ConnectionState.RECONNECTING);
        bar.unheard(() -> List.of(made, ready, queued).forEach(t -> bar.cancelledByTheStore(t.orderId())));

        connection.set(ConnectionState.CONNECTED);

        assertThat(console.board().rail()).isEmpty();
        assertThat(console.board().shelf()).isEmpty();
        assertThat(console.toastProperty().get().kind()).isEqualTo(Toast.Kind.ERROR);
        assertThat(console.toastProperty().get().text())
                .isEqualTo("#101, #102 were cancelled and refunded: do not hand them over");
    }

    @Test
    void readyOrADrinkTickedOffOnATicketNotStartedYetSaysItIsNotStarted() {
        console.open();
        console.toggleLanguage();
        bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        TicketCardModel card = console.board().rail().get(0);

        console.readySelected();
        assertThat(console.toastProperty().get().text()).isEqualTo("#101 is not started yet: start it first");
        console.toggleLine(card, 0);

        assertThat(console.toastProperty().get().text()).isEqualTo("#101 is not started yet: start it first");
        assertThat(console.toastProperty().get().serial()).as("said again for the tick").isEqualTo(2);
        assertThat(card.ticket().status()).isEqualTo(TicketStatus.QUEUED);
        assertThat(card.allDone()).isFalse();
    }

    @Test
    void readyPressedWhileTheStartIsStillOnItsWayIsNotCalledNotStarted() {
        console.open();
        console.toggleLanguage();
        bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        TicketCardModel card = console.board().rail().get(0);

        bar.answersAfter(() -> {
            console.startSelected();
            console.readySelected();
        });

        assertThat(console.toastProperty().get()).as("no toast").isNull();
        assertThat(card.ticket().status()).isEqualTo(TicketStatus.IN_PREPARATION);
    }

    @Test
    void aBumpTheLinkCutOffAfterTheStoreMadeItDoesNotSayItWasNotSent() {
        console.open();
        console.toggleLanguage();
        bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        console.startSelected();

        bar.cutOffAfterCarryingOut(console::readySelected);
        connection.set(ConnectionState.RECONNECTING);
        connection.set(ConnectionState.CONNECTED);

        assertThat(console.board().shelf()).extracting(c -> c.ticket().orderNumber()).containsExactly(101);
        assertThat(console.board().selected()).map(c -> c.ticket().orderNumber()).contains(102);
        assertThat(console.toastProperty().get().text()).isEqualTo(
                "#101 got no answer from the store server: once it is back, the screen shows whether it was done");
    }

    @Test
    void refusalsSpeakTheChosenLanguage() {
        console.open();
        console.toggleLanguage();
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        console.startSelected();

        console.pickUpOldestReady();

        assertThat(console.texts().locale()).isEqualTo(Locale.ENGLISH);
        assertThat(console.toastProperty().get().text()).isEqualTo("No order is ready for pickup");
    }

    @Test
    void ageColoursFollowTheClock() {
        console.open();
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        TicketCardModel card = console.board().rail().get(0);
        assertThat(card.ageLevelProperty().get()).isEqualTo(AgeLevel.FRESH);

        clock.advance(Duration.ofMinutes(3));
        console.tick();
        assertThat(card.ageLevelProperty().get()).isEqualTo(AgeLevel.WARNING);
        assertThat(card.ageTextProperty().get()).isEqualTo("3:00");

        clock.advance(Duration.ofMinutes(2));
        console.tick();
        assertThat(card.ageLevelProperty().get()).isEqualTo(AgeLevel.LATE);
    }

    @Test
    void aConsoleWhoseClockIsMinutesFastTimesItsTicketsByTheServersClock() {
        console.open();
        Instant serverNow = clock.instant().minus(Duration.ofMinutes(3));

        bar.payAt(serverNow, OrderType.DINE_IN, line(0, "latte", 1));

        TicketCardModel card = console.board().rail().get(0);
        assertThat(card.ageTextProperty().get()).isEqualTo("0:00");
        assertThat(card.ageLevelProperty().get()).isEqualTo(AgeLevel.FRESH);
        clock.advance(Duration.ofMinutes(1));
        console.tick();
        assertThat(card.ageTextProperty().get()).isEqualTo("1:00");
    }

    @ParameterizedTest(name = "a console clock {0} min off")
    @ValueSource(ints = {-5, 5})
    void aClockSetRightLeavesEveryTicketsAgeTrue(int minutesOff) {
        Duration consoleOff = Duration.ofMinutes(minutesOff);
        console.open();
        Instant serverNow = clock.instant().minus(consoleOff);
        bar.payAt(serverNow, OrderType.DINE_IN, line(0, "latte", 1));
        TicketCardModel waiting = console.board().rail().get(0);
        clock.advance(Duration.ofMinutes(2));

        clock.step(consoleOff.negated());
        console.tick();
        assertThat(waiting.ageTextProperty().get()).isEqualTo("2:00");

        bar.payAt(serverNow.plus(Duration.ofMinutes(2)), OrderType.TAKE_OUT, line(0, "americano", 1));
        TicketCardModel fresh = console.board().rail().get(1);
        assertThat(fresh.ageTextProperty().get()).isEqualTo("0:00");
        assertThat(fresh.ageLevelProperty().get()).isEqualTo(AgeLevel.FRESH);
        assertThat(waiting.ageTextProperty().get()).isEqualTo("2:00");
    }

    @Test
    void aLostLinkIsRebuiltFromTheServerWhenItIsBack() {
        console.open();
        Ticket gone = bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        connection.set(ConnectionState.RECONNECTING);
        bar.unheard(() -> {
            bar.startFrom("bar-2", gone.orderId());
            bar.markReady(new TicketAction(gone.orderId(), "bar-2"));
            bar.markPickedUp(new TicketAction(gone.orderId(), "bar-2"));
        });
        Ticket missed = bar.unheardPay(OrderType.TAKE_OUT, line(0, "americano", 1));
        assertThat(numbersOnRail()).containsExactly(gone.orderNumber());
        int rings = chime.rings();
        clock.advance(Duration.ofSeconds(20));

        connection.set(ConnectionState.CONNECTED);

        assertThat(numbersOnRail()).containsExactly(missed.orderNumber());
        assertThat(chime.rings()).isEqualTo(rings + 1);
    }

    /** A broker of its own is up, the store server behind it not yet: the empty rail is not a quiet bar. */
    @Test
    void aBarTheStoreDoesNotGiveThoughTheLinkIsUpIsToldUntilARetryGetsIt() {
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        bar.silent(true);
        console.open();

        assertThat(console.connectionStateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(console.storeAnsweringProperty().get()).isFalse();
        connection.set(ConnectionState.RECONNECTING);
        assertThat(console.storeAnsweringProperty().get()).as("the link's own state is told").isTrue();
        connection.set(ConnectionState.CONNECTED);
        assertThat(console.storeAnsweringProperty().get()).isFalse();
        bar.silent(false);
        clock.advance(Duration.ofSeconds(1));
        console.tick();

        assertThat(console.storeAnsweringProperty().get()).isTrue();
        assertThat(numbersOnRail()).hasSize(1);
    }

    @Test
    void aMenuTheServerCouldNotGiveYetIsAskedAgainOnTheNextTick() {
        bar.menuUnavailable(true);
        console.open();
        assertThat(console.soldOut().items()).isEmpty();

        bar.menuUnavailable(false);
        clock.advance(Duration.ofSeconds(1));
        console.tick();

        assertThat(console.soldOut().items()).isNotEmpty();
    }

    @Test
    void allDayCountsGroupDrinksMadeTheSameWay() {
        console.open();
        bar.pay(OrderType.DINE_IN, line(0, "latte", 2, ICED, OAT_MILK), line(1, "americano", 1));
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1, OAT_MILK, ICED), line(1, "americano", 1, EXTRA_SHOT));

        assertThat(console.allDay()).extracting(c -> c.name().en() + " " + c.count())
                .containsExactly("Caffè latte 3", "Americano 1", "Americano 1");
    }

    @Test
    void dayStatsAreAskedOnTicketEventsAndEveryThirtySeconds() {
        bar.dayStats(new DayStats(42, 192, 460, 6, 8));
        console.open();
        long asked = countCalls("dayStats");
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        clock.advance(Duration.ofSeconds(29));
        console.tick();
        assertThat(countCalls("dayStats")).isEqualTo(asked + 1);
        clock.advance(Duration.ofSeconds(1));
        console.tick();

        assertThat(countCalls("dayStats")).isEqualTo(asked + 2);
        assertThat(console.dayStats().averagePrepProperty().get()).isEqualTo("3:12");
        assertThat(console.dayStats().estimatedWaitProperty().get()).isEqualTo("8");
    }

    @Test
    void aClockSetBackAnHourStillHasTheDayFiguresAskedEveryThirtySeconds() {
        console.open();
        long asked = countCalls("dayStats");
        clock.step(Duration.ofHours(-1));
        clock.advance(Duration.ofSeconds(30));
        console.tick();

        assertThat(countCalls("dayStats")).isEqualTo(asked + 1);
    }

    @Test
    void theFiguresFollowABumpWhoseEventArrivesAfterTheAnswer() {
        bar.dayStats(new DayStats(0, 0, 0, 1, 2));
        console.open();
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        assertThat(console.dayStats().queueLengthProperty().get()).isEqualTo("1");

        bar.eventsAfterAnswers(() -> {
            console.startSelected();
            bar.dayStats(new DayStats(1, 60, 60, 0, 0));
            console.readySelected();
        });

        assertThat(console.dayStats().queueLengthProperty().get()).isEqualTo("0");
        assertThat(console.dayStats().completedProperty().get()).isEqualTo("1");
    }

    private List<Integer> numbersOnRail() {
        return console.board().rail().stream().map(c -> c.ticket().orderNumber()).toList();
    }

    private long countCalls(String call) {
        return bar.calls().stream().filter(call::equals).count();
    }
}
