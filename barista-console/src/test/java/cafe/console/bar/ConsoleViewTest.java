package cafe.console.bar;

import static cafe.console.bar.ConsoleFixture.eventually;
import static cafe.console.fake.SampleMenu.ICED;
import static cafe.console.fake.SampleMenu.OAT_MILK;
import static cafe.console.fake.SampleMenu.line;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.ConnectionState;
import cafe.console.fake.FakeBar;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.ScriptedConnection;
import cafe.contract.barista.Ticket;
import cafe.contract.menu.SetAvailability;
import cafe.contract.order.OrderType;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console as a barista uses it, by touch and by bump bar, against a fake bar. */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {

    private final MutableClock clock = MutableClock.at("2025-05-02T03:12:00Z");
    private final FakeBar bar = new FakeBar(clock);
    private final ScriptedConnection connection = bar.connection(ConnectionState.CONNECTED);
    private final ConsoleFixture console = new ConsoleFixture(connection, clock);

    @Start
    void start(Stage stage) {
        console.show(stage, StationSettings.defaults(), 1920, 1080);
    }

    @Test
    void paidTicketsAppearFirstInFirstOutWithTheirDrinksSpelledOut(FxRobot robot) {
        bar.pay(OrderType.TAKE_OUT, line(0, "latte", 2, ICED, OAT_MILK));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101"));
        clock.advance(Duration.ofSeconds(20));
        bar.pay(OrderType.DINE_IN, line(0, "americano", 1));

        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101", "ticket-102"));
        assertThat(console.text("#ticket-101 .line-name")).isEqualTo("카페 라떼");
        assertThat(console.text("#ticket-101 .line-options")).isEqualTo("아이스 · 오트 밀크");
        assertThat(console.text("#ticket-101 .line-quantity")).isEqualTo("2");
        assertThat(console.text("#ticket-101 .ticket-type")).isEqualTo("포장");
        assertThat(console.text("#ticket-101 .ticket-timer")).isEqualTo("0:20");
        assertThat(console.chime.rings()).isEqualTo(2);
    }

    @Test
    void startReadyAndPickedUpByTouch(FxRobot robot) {
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101"));

        robot.clickOn("#ticket-101 .ticket-action");
        eventually(() -> assertThat(console.text("#ticket-101 .ticket-status")).isEqualTo("제조 중 · bar-1"));
        robot.clickOn("#ticket-101 .line-name");
        eventually(() -> assertThat(console.styleOf("#ticket-101 .ticket-line")).contains("done"));
        robot.clickOn("#ticket-101 .ticket-action");
        eventually(() -> assertThat(console.find("#ready-101")).isPresent());
        assertThat(console.cardsOnRail()).isEmpty();
        robot.clickOn("#ready-101 .shelf-action");

        eventually(() -> assertThat(console.find("#ready-101")).isEmpty());
        assertThat(bar.calls()).contains("start order-101 @bar-1", "checkItem order-101 0 true",
                "markReady order-101", "markPickedUp order-101");
    }

    @Test
    void theShelfCountsWhatWasOrderedNotOnlyDrinks(FxRobot robot) {
        bar.pay(OrderType.DINE_IN, line(0, "latte", 2), line(1, "croissant", 1));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101"));
        robot.clickOn("#ticket-101 .ticket-action");
        eventually(() -> assertThat(console.text("#ticket-101 .ticket-status")).isEqualTo("제조 중 · bar-1"));
        robot.clickOn("#ticket-101 .ticket-action");

        eventually(() -> assertThat(console.text("#ready-101 .shelf-detail")).isEqualTo("매장 · 3개"));
    }

    @Test
    void startReadyPickedUpAndRecallByBumpBarKeys(FxRobot robot) {
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        eventually(() -> assertThat(console.cardsOnRail()).hasSize(2));

        robot.type(KeyCode.DIGIT2);
        eventually(() -> assertThat(console.styleOf("#ticket-102")).contains("selected"));
        robot.type(KeyCode.S);
        eventually(() -> assertThat(console.text("#ticket-102 .ticket-status")).isEqualTo("제조 중 · bar-1"));
        robot.type(KeyCode.D);
        eventually(() -> assertThat(console.find("#ready-102")).isPresent());
        robot.type(KeyCode.P);
        eventually(() -> assertThat(console.find("#ready-102")).isEmpty());
        robot.type(KeyCode.R);

        eventually(() -> assertThat(console.find("#ready-102")).isPresent());
        assertThat(bar.calls()).containsSubsequence("start order-102 @bar-1", "markReady order-102",
                "markPickedUp order-102", "recall order-102");
        assertThat(console.cardsOnRail()).containsExactly("ticket-101");
    }

    @Test
    void aKeyHeldDownPicksUpOneTicketThoughTheKeyboardRepeatsIt(FxRobot robot) {
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        eventually(() -> assertThat(console.cardsOnRail()).hasSize(2));
        for (String ticket : List.of("ticket-101", "ticket-102")) {
            robot.clickOn("#" + ticket + " .ticket-action");
            eventually(() -> assertThat(console.text("#" + ticket + " .ticket-status")).isEqualTo("제조 중 · bar-1"));
            robot.clickOn("#" + ticket + " .ticket-action");
            eventually(() -> assertThat(console.cardsOnRail()).doesNotContain(ticket));
        }

        for (int repeat = 0; repeat < 4; repeat++) {
            console.key(KeyEvent.KEY_PRESSED, KeyCode.P);
            eventually(() -> assertThat(console.find("#ready-101")).isEmpty());
        }
        console.key(KeyEvent.KEY_RELEASED, KeyCode.P);

        assertThat(console.find("#ready-102")).isPresent();
        assertThat(bar.calls()).filteredOn(call -> call.startsWith("markPickedUp")).containsExactly(
                "markPickedUp order-101");
        robot.type(KeyCode.P);
        eventually(() -> assertThat(console.find("#ready-102")).isEmpty());
    }

    @Test
    void theCursorScrollsItsTicketIntoSightInALongQueue(FxRobot robot) {
        for (int i = 0; i < 16; i++) {
            bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1), line(1, "americano", 1));
        }
        eventually(() -> assertThat(console.cardsOnRail()).hasSize(16));
        ScrollPane scroll = console.node(".rail-scroll", ScrollPane.class);
        assertThat(scroll.getVvalue()).isZero();

        robot.type(KeyCode.LEFT);

        eventually(() -> assertThat(console.styleOf("#ticket-116")).contains("selected"));
        assertThat(scroll.getVvalue()).isEqualTo(1.0);
        robot.type(KeyCode.DIGIT1);
        eventually(() -> assertThat(scroll.getVvalue()).isZero());
    }

    @Test
    void theKeyLegendIsOnScreen(FxRobot robot) {
        assertThat(console.texts(".keycap")).containsExactly("1–9", "S", "D", "P", "R", "X", "M");
    }

    @Test
    void soldOutToggleCallsTheServerAndGreysTheItem(FxRobot robot) {
        robot.type(KeyCode.X);
        eventually(() -> assertThat(console.visible("#sold-out-panel")).isTrue());
        eventually(() -> assertThat(console.find("#sold-out-latte")).isPresent());

        robot.clickOn("#sold-out-latte");

        eventually(() -> assertThat(console.styleOf("#sold-out-latte")).contains("sold-out"));
        assertThat(console.text("#sold-out-latte .sold-out-state")).isEqualTo("품절");
        assertThat(bar.calls()).contains("setAvailability latte false");
        assertThat(bar.currentMenu().item("latte").orElseThrow().available()).isFalse();
    }

    @Test
    void aTouchOnTheSoldOutPanelCountsWhenAMenuEventArrivesMidTouch(FxRobot robot) {
        robot.type(KeyCode.X);
        eventually(() -> assertThat(console.find("#sold-out-latte")).isPresent());
        Node latte = console.node("#sold-out-latte", Node.class);

        robot.moveTo(latte).press(MouseButton.PRIMARY);
        bar.setAvailability(new SetAvailability("americano", false)); // another console 86s the americano
        eventually(() -> assertThat(console.styleOf("#sold-out-americano")).contains("sold-out"));
        robot.release(MouseButton.PRIMARY);

        eventually(() -> assertThat(console.styleOf("#sold-out-latte")).contains("sold-out"));
        assertThat(console.node("#sold-out-latte", Node.class)).as("the row is kept, not redrawn").isSameAs(latte);
        assertThat(bar.calls()).contains("setAvailability latte false");
    }

    @Test
    void aTicketAnotherStationStartedIsRefusedWithAClearMessage(FxRobot robot) {
        Ticket t = bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101"));
        bar.unheard(() -> bar.startFrom("bar-2", t.orderId()));

        robot.clickOn("#ticket-101 .ticket-action");

        eventually(() -> assertThat(console.node(".toast", Label.class)).satisfies(toast -> {
            assertThat(toast.isVisible()).isTrue();
            assertThat(toast.getText()).isEqualTo("#101 주문은 다른 스테이션에서 이미 시작했습니다");
            assertThat(toast.getStyleClass()).contains("error");
        }));
        eventually(() -> assertThat(console.text("#ticket-101 .ticket-status")).isEqualTo("제조 중 · bar-2"));
    }

    @Test
    void aLostLinkShowsAndTheBarIsRebuiltWhenItIsBack(FxRobot robot) {
        Ticket served = bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101"));

        connection.set(ConnectionState.RECONNECTING);
        eventually(() -> assertThat(console.visible(".offline-banner")).isTrue());
        assertThat(console.text(".connection-pill")).isEqualTo("연결 끊김 · 재연결 중");
        bar.unheard(() -> bar.startFrom("bar-2", served.orderId()));
        bar.unheardPay(OrderType.TAKE_OUT, line(0, "americano", 1));
        connection.set(ConnectionState.CONNECTED);

        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101", "ticket-102"));
        assertThat(console.visible(".offline-banner")).isFalse();
        assertThat(console.text(".connection-pill")).isEqualTo("연결됨");
        assertThat(console.text("#ticket-101 .ticket-status")).isEqualTo("제조 중 · bar-2");
    }

    /**
     * The link is up but the store server behind its broker stops answering: the figures, asked
     * every 30 s, go unanswered, the bar is read again and fails, and the console says so.
     */
    @Test
    void aStoreThatStopsAnsweringIsShownThoughTheLinkIsUpAndTheBarComesBackByItself(FxRobot robot) {
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101"));

        bar.silent(true);
        bar.unheardPay(OrderType.TAKE_OUT, line(0, "americano", 1));
        clock.advance(Duration.ofSeconds(30));

        eventually(() -> assertThat(console.visible(".offline-banner")).isTrue());
        assertThat(console.text(".offline-banner")).startsWith("매장 서버가 응답하지 않습니다");
        assertThat(console.text(".connection-pill")).isEqualTo("서버 응답 없음 · 다시 묻는 중");
        bar.silent(false);

        eventually(() -> assertThat(console.cardsOnRail()).containsExactly("ticket-101", "ticket-102"));
        assertThat(console.visible(".offline-banner")).isFalse();
        assertThat(console.text(".connection-pill")).isEqualTo("연결됨");
    }

    @Test
    void theAgeColourFollowsTheInjectedClock(FxRobot robot) {
        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        Supplier<List<String>> styles = () -> console.styleOf("#ticket-101");
        eventually(() -> assertThat(styles.get()).contains("age-fresh"));

        clock.advance(Duration.ofMinutes(3));
        console.onFx(console.viewModel::tick);
        assertThat(styles.get()).contains("age-warning");
        assertThat(console.text("#ticket-101 .ticket-timer")).isEqualTo("3:00");

        clock.advance(Duration.ofMinutes(2));
        console.onFx(console.viewModel::tick);
        assertThat(styles.get()).contains("age-late");
    }

    @Test
    void aNewTicketFlashesTheScreen(FxRobot robot) {
        Node flash = console.node(".flash", Node.class);
        assertThat(flash.getOpacity()).isZero();

        bar.pay(OrderType.DINE_IN, line(0, "latte", 1));

        eventually(() -> assertThat(flash.getOpacity()).isPositive());
    }

    @Test
    void theLanguageToggleSwitchesToEnglishAndBack(FxRobot robot) {
        bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        robot.clickOn("English");

        eventually(() -> assertThat(console.text(".brand")).isEqualTo("Barista console"));
        eventually(() -> assertThat(console.text("#ticket-101 .line-name")).isEqualTo("Caffè latte"));
        robot.clickOn("한국어");
        eventually(() -> assertThat(console.text(".brand")).isEqualTo("바리스타 콘솔"));
    }
}
