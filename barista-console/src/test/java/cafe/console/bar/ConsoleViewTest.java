package cafe.console.bar;

import static cafe.console.fake.SampleMenu.ICED;
import static cafe.console.fake.SampleMenu.OAT_MILK;
import static cafe.console.fake.SampleMenu.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.ConnectionState;
import cafe.contract.barista.Ticket;
import cafe.contract.order.OrderType;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console as a barista uses it, by touch and by bump bar, against a fake bar. */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ConsoleFixture console = new ConsoleFixture();

    @Start
    void start(Stage stage) {
        console.show(stage, StationSettings.defaults(), 1920, 1080);
    }

    @Test
    void paidTicketsAppearFirstInFirstOutWithTheirDrinksSpelledOut(FxRobot robot) {
        console.bar.pay(OrderType.TAKE_OUT, line(0, "latte", 2, ICED, OAT_MILK));
        eventually(() -> assertThat(cardsOnRail(robot)).containsExactly("ticket-101"));
        console.clock.advance(Duration.ofSeconds(20));
        console.bar.pay(OrderType.DINE_IN, line(0, "americano", 1));

        eventually(() -> assertThat(cardsOnRail(robot)).containsExactly("ticket-101", "ticket-102"));
        assertThat(text(robot, "#ticket-101 .line-name")).isEqualTo("카페 라떼");
        assertThat(text(robot, "#ticket-101 .line-options")).isEqualTo("아이스 · 오트 밀크");
        assertThat(text(robot, "#ticket-101 .line-quantity")).isEqualTo("2");
        assertThat(text(robot, "#ticket-101 .ticket-type")).isEqualTo("포장");
        assertThat(text(robot, "#ticket-101 .ticket-timer")).isEqualTo("0:20");
        assertThat(console.chime.rings()).isEqualTo(2);
    }

    @Test
    void startReadyAndPickedUpByTouch(FxRobot robot) {
        console.bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        eventually(() -> assertThat(cardsOnRail(robot)).containsExactly("ticket-101"));

        robot.clickOn("#ticket-101 .ticket-action");
        eventually(() -> assertThat(text(robot, "#ticket-101 .ticket-status")).isEqualTo("제조 중 · bar-1"));
        robot.clickOn("#ticket-101 .line-name");
        eventually(() -> assertThat(robot.lookup("#ticket-101 .ticket-line").query().getStyleClass()).contains("done"));
        robot.clickOn("#ticket-101 .ticket-action");
        eventually(() -> assertThat(robot.lookup("#ready-101").tryQuery()).isPresent());
        assertThat(cardsOnRail(robot)).isEmpty();
        robot.clickOn("#ready-101 .shelf-action");

        eventually(() -> assertThat(robot.lookup("#ready-101").tryQuery()).isEmpty());
        assertThat(console.bar.calls()).contains("start order-101 @bar-1", "checkItem order-101 0 true",
                "markReady order-101", "markPickedUp order-101");
    }

    @Test
    void startReadyPickedUpAndRecallByBumpBarKeys(FxRobot robot) {
        console.bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        console.bar.pay(OrderType.TAKE_OUT, line(0, "americano", 1));
        eventually(() -> assertThat(cardsOnRail(robot)).hasSize(2));

        robot.type(KeyCode.DIGIT2);
        eventually(() -> assertThat(robot.lookup("#ticket-102").query().getStyleClass()).contains("selected"));
        robot.type(KeyCode.S);
        eventually(() -> assertThat(text(robot, "#ticket-102 .ticket-status")).isEqualTo("제조 중 · bar-1"));
        robot.type(KeyCode.D);
        eventually(() -> assertThat(robot.lookup("#ready-102").tryQuery()).isPresent());
        robot.type(KeyCode.P);
        eventually(() -> assertThat(robot.lookup("#ready-102").tryQuery()).isEmpty());
        robot.type(KeyCode.R);

        eventually(() -> assertThat(robot.lookup("#ready-102").tryQuery()).isPresent());
        assertThat(console.bar.calls()).containsSubsequence("start order-102 @bar-1", "markReady order-102",
                "markPickedUp order-102", "recall order-102");
        assertThat(cardsOnRail(robot)).containsExactly("ticket-101");
    }

    @Test
    void theCursorScrollsItsTicketIntoSightInALongQueue(FxRobot robot) {
        for (int i = 0; i < 16; i++) {
            console.bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1), line(1, "americano", 1));
        }
        eventually(() -> assertThat(cardsOnRail(robot)).hasSize(16));
        ScrollPane scroll = robot.lookup(".rail-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).isZero();

        robot.type(KeyCode.LEFT);

        eventually(() -> assertThat(robot.lookup("#ticket-116").query().getStyleClass()).contains("selected"));
        assertThat(scroll.getVvalue()).isEqualTo(1.0);
        robot.type(KeyCode.DIGIT1);
        eventually(() -> assertThat(scroll.getVvalue()).isZero());
    }

    @Test
    void theKeyLegendIsOnScreen(FxRobot robot) {
        List<String> keys = robot.lookup(".keycap").queryAllAs(Label.class).stream().map(Label::getText).toList();

        assertThat(keys).containsExactly("1–9", "S", "D", "P", "R", "X", "M");
    }

    @Test
    void soldOutToggleCallsTheServerAndGreysTheItem(FxRobot robot) {
        robot.type(KeyCode.X);
        eventually(() -> assertThat(robot.lookup("#sold-out-panel").query().isVisible()).isTrue());
        eventually(() -> assertThat(robot.lookup("#sold-out-latte").tryQuery()).isPresent());

        robot.clickOn("#sold-out-latte");

        eventually(() -> assertThat(robot.lookup("#sold-out-latte").query().getStyleClass()).contains("sold-out"));
        assertThat(text(robot, "#sold-out-latte .sold-out-state")).isEqualTo("품절");
        assertThat(console.bar.calls()).contains("setAvailability latte false");
        assertThat(console.bar.currentMenu().item("latte").orElseThrow().available()).isFalse();
    }

    @Test
    void aTicketAnotherStationStartedIsRefusedWithAClearMessage(FxRobot robot) {
        Ticket t = console.bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        eventually(() -> assertThat(cardsOnRail(robot)).containsExactly("ticket-101"));
        console.bar.unheard(() -> console.bar.startFrom("bar-2", t.orderId()));

        robot.clickOn("#ticket-101 .ticket-action");

        eventually(() -> assertThat(robot.lookup(".toast").queryAs(Label.class)).satisfies(toast -> {
            assertThat(toast.isVisible()).isTrue();
            assertThat(toast.getText()).isEqualTo("#101 주문은 다른 스테이션에서 이미 시작했습니다");
            assertThat(toast.getStyleClass()).contains("error");
        }));
        eventually(() -> assertThat(text(robot, "#ticket-101 .ticket-status")).isEqualTo("제조 중 · bar-2"));
    }

    @Test
    void aLostLinkShowsAndTheBarIsRebuiltWhenItIsBack(FxRobot robot) {
        Ticket served = console.bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        eventually(() -> assertThat(cardsOnRail(robot)).containsExactly("ticket-101"));

        console.connection.set(ConnectionState.RECONNECTING);
        eventually(() -> assertThat(robot.lookup(".offline-banner").query().isVisible()).isTrue());
        assertThat(text(robot, ".connection-pill")).isEqualTo("연결 끊김 · 재연결 중");
        console.bar.unheard(() -> console.bar.startFrom("bar-2", served.orderId()));
        console.bar.unheardPay(OrderType.TAKE_OUT, line(0, "americano", 1));
        console.connection.set(ConnectionState.CONNECTED);

        eventually(() -> assertThat(cardsOnRail(robot)).containsExactly("ticket-101", "ticket-102"));
        assertThat(robot.lookup(".offline-banner").query().isVisible()).isFalse();
        assertThat(text(robot, ".connection-pill")).isEqualTo("연결됨");
        assertThat(text(robot, "#ticket-101 .ticket-status")).isEqualTo("제조 중 · bar-2");
    }

    @Test
    void theAgeColourFollowsTheInjectedClock(FxRobot robot) {
        console.bar.pay(OrderType.DINE_IN, line(0, "latte", 1));
        Supplier<List<String>> styles = () -> robot.lookup("#ticket-101").query().getStyleClass();
        eventually(() -> assertThat(styles.get()).contains("age-fresh"));

        console.clock.advance(Duration.ofMinutes(3));
        console.onFx(console.viewModel::tick);
        assertThat(styles.get()).contains("age-warning");
        assertThat(text(robot, "#ticket-101 .ticket-timer")).isEqualTo("3:00");

        console.clock.advance(Duration.ofMinutes(2));
        console.onFx(console.viewModel::tick);
        assertThat(styles.get()).contains("age-late");
    }

    @Test
    void aNewTicketFlashesTheScreen(FxRobot robot) {
        Node flash = robot.lookup(".flash").query();
        assertThat(flash.getOpacity()).isZero();

        console.bar.pay(OrderType.DINE_IN, line(0, "latte", 1));

        eventually(() -> assertThat(flash.getOpacity()).isPositive());
    }

    @Test
    void theLanguageToggleSwitchesToEnglishAndBack(FxRobot robot) {
        console.bar.pay(OrderType.TAKE_OUT, line(0, "latte", 1));
        robot.clickOn("English");

        eventually(() -> assertThat(text(robot, ".brand")).isEqualTo("Barista console"));
        eventually(() -> assertThat(text(robot, "#ticket-101 .line-name")).isEqualTo("Caffè latte"));
        robot.clickOn("한국어");
        eventually(() -> assertThat(text(robot, ".brand")).isEqualTo("바리스타 콘솔"));
    }

    private static List<String> cardsOnRail(FxRobot robot) {
        return robot.lookup(".rail .ticket-card").queryAll().stream().map(Node::getId).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void eventually(ThrowingConsumer<Void> check) {
        await().atMost(PATIENCE).untilAsserted(() -> check.accept(null));
    }

    private static void eventually(Runnable check) {
        await().atMost(PATIENCE).untilAsserted(check::run);
    }
}
