package cafe.console.bar;

import static cafe.console.bar.ConsoleFixture.eventually;
import static cafe.console.bar.LiveConsoles.at;
import static cafe.console.bar.LiveConsoles.card;
import static cafe.console.bar.LiveConsoles.shelf;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.croissant;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.Subscription;
import cafe.contract.menu.Menu;
import cafe.contract.order.CartLine;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import cafe.terminal.testing.LiveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console as a barista uses it, by touch and by bump bar, against a real StoreServer: orders
 * a simulated kiosk pays arrive, move through the bar, come back by recall, and an 86 reaches the
 * kiosk. One server for the class; every test has its own orders and leaves the bar empty.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleOnStoreServerTest {

    private static final double HALF_SCREEN = 960;

    /** Sold out in the test menu and in no test's cart, so a test that fails half-way harms no other. */
    private static final String SEASONAL = "seasonal-ade";

    @RegisterExtension
    static final LiveConsoles store = new LiveConsoles();

    private final LiveStore kiosk = store.kiosk();
    private ConsoleFixture console;

    @Start
    void start(Stage stage) {
        console = store.console(stage, "bar-1");
    }

    @Test
    void ordersTheKioskPaidAppearFirstInFirstOutWithTheirNumbersAndDrinks() {
        awaitOnline(console);
        OrderAccepted first = kiosk.pay(americano(2), croissant(1));
        OrderAccepted second = kiosk.pay(latte(1, "size-large", "iced", "vanilla"));

        eventually(() -> assertThat(console.cardsOnRail()).containsExactly(card(first), card(second)));
        assertThat(console.text(at(first, ".ticket-number"))).isEqualTo("#" + first.orderNumber());
        assertThat(console.text(at(first, ".ticket-slot"))).isEqualTo("1");
        assertThat(console.texts(at(first, ".line-name"))).containsExactly("아메리카노", "크루아상");
        assertThat(console.texts(at(first, ".line-quantity"))).containsExactly("2", "1");
        assertThat(console.texts(at(first, ".line-options"))).containsExactly("레귤러 · 뜨겁게");
        assertThat(console.text(at(first, ".ticket-type"))).isEqualTo("포장");
        assertThat(console.text(at(first, ".ticket-status"))).isEqualTo("새 주문");
        assertThat(console.text(at(second, ".ticket-number"))).isEqualTo("#" + second.orderNumber());
        assertThat(console.text(at(second, ".ticket-slot"))).isEqualTo("2");
        assertThat(console.texts(at(second, ".line-name"))).containsExactly("카페 라떼");
        assertThat(console.texts(at(second, ".line-options"))).containsExactly("라지 · 차갑게 · 바닐라");
    }

    @Test
    void startReadyAndPickedUpByTouchMoveTheTicketAndTheServerAgrees(FxRobot robot) {
        awaitOnline(console);
        OrderAccepted order = kiosk.pay(americano(1), croissant(1));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly(card(order)));

        robot.clickOn(console.node(at(order, ".ticket-action"), Node.class));
        eventually(() -> assertThat(console.text(at(order, ".ticket-status"))).isEqualTo("제조 중 · bar-1"));
        kiosk.awaitStatus(order, OrderStatus.IN_PREPARATION);

        robot.clickOn(console.node(at(order, ".line-name"), Node.class));
        eventually(() -> assertThat(console.styleOf(at(order, ".ticket-line"))).contains("done"));
        robot.clickOn(console.node(at(order, ".ticket-action"), Node.class));
        eventually(() -> assertThat(console.find(shelf(order))).isPresent());
        assertThat(console.cardsOnRail()).isEmpty();
        kiosk.awaitStatus(order, OrderStatus.READY);

        robot.clickOn(console.node(shelf(order) + " .shelf-action", Node.class));
        eventually(() -> assertThat(console.find(shelf(order))).isEmpty());
        kiosk.awaitStatus(order, OrderStatus.PICKED_UP);
    }

    @Test
    void startReadyPickedUpAndRecallByBumpBarKeysAndTheServerAgrees(FxRobot robot) {
        awaitOnline(console);
        OrderAccepted waiting = kiosk.pay(croissant(1));
        OrderAccepted order = kiosk.pay(americano(1));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly(card(waiting), card(order)));

        robot.type(slotKey(console, order));
        eventually(() -> assertThat(console.styleOf("#" + card(order))).contains("selected"));
        robot.type(KeyCode.S);
        eventually(() -> assertThat(console.text(at(order, ".ticket-status"))).isEqualTo("제조 중 · bar-1"));
        kiosk.awaitStatus(order, OrderStatus.IN_PREPARATION);
        robot.type(KeyCode.D);
        eventually(() -> assertThat(console.find(shelf(order))).isPresent());
        kiosk.awaitStatus(order, OrderStatus.READY);
        robot.type(KeyCode.P);
        eventually(() -> assertThat(console.find(shelf(order))).isEmpty());
        kiosk.awaitStatus(order, OrderStatus.PICKED_UP);

        robot.type(KeyCode.R);

        eventually(() -> assertThat(console.find(shelf(order))).isPresent());
        kiosk.awaitStatus(order, OrderStatus.READY);
        assertThat(console.cardsOnRail()).containsExactly(card(waiting));
        assertThat(kiosk.order(waiting).status()).isEqualTo(OrderStatus.QUEUED);
    }

    @Test
    void recallAgainBringsBackTheTicketBumpedBeforeIt(FxRobot robot) {
        awaitOnline(console);
        OrderAccepted earlier = kiosk.pay(americano(1));
        OrderAccepted later = kiosk.pay(croissant(1));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly(card(earlier), card(later)));
        for (OrderAccepted order : List.of(earlier, later)) {
            robot.type(KeyCode.DIGIT1, KeyCode.S);
            eventually(() -> assertThat(console.text(at(order, ".ticket-status"))).isEqualTo("제조 중 · bar-1"));
            robot.type(KeyCode.D);
            eventually(() -> assertThat(console.find(shelf(order))).isPresent());
        }
        robot.type(KeyCode.P);
        eventually(() -> assertThat(console.find(shelf(earlier))).isEmpty());
        robot.type(KeyCode.P);
        eventually(() -> assertThat(console.find(shelf(later))).isEmpty());

        robot.type(KeyCode.R);
        eventually(() -> assertThat(console.find(shelf(later))).isPresent());
        robot.type(KeyCode.R);

        eventually(() -> assertThat(console.find(shelf(earlier))).isPresent());
        kiosk.awaitStatus(earlier, OrderStatus.READY);
        kiosk.awaitStatus(later, OrderStatus.READY);
        assertThat(console.visible(".toast")).as("no refusal on the way").isFalse();
    }

    @Test
    void eightySixingOnTheConsoleReachesTheKioskBothWays(FxRobot robot) {
        awaitOnline(console);
        List<Menu> heard = new CopyOnWriteArrayList<>();
        try (Subscription ignored = kiosk.kioskClient().onMenuChanged(heard::add)) {
            kiosk.menu();
            robot.type(KeyCode.X);
            eventually(() -> assertThat(console.visible("#sold-out-panel")).isTrue());
            eventually(() -> assertThat(console.styleOf("#sold-out-" + SEASONAL)).contains("sold-out"));
            assertThat(console.text("#sold-out-" + SEASONAL + " .sold-out-state")).isEqualTo("품절");

            tapSeasonalSoldOut(robot);

            eventually(() -> assertThat(console.text("#sold-out-" + SEASONAL + " .sold-out-state")).isEqualTo("판매 중"));
            assertThat(console.styleOf("#sold-out-" + SEASONAL)).doesNotContain("sold-out");
            eventually(() -> assertThat(heard).last().satisfies(menu -> assertThat(onSale(menu)).isTrue()));
            assertThat(onSale(kiosk.menu())).isTrue();

            tapSeasonalSoldOut(robot);

            eventually(() -> assertThat(console.styleOf("#sold-out-" + SEASONAL)).contains("sold-out"));
            assertThat(console.text("#sold-out-" + SEASONAL + " .sold-out-state")).isEqualTo("품절");
            eventually(() -> assertThat(heard).last().satisfies(menu -> assertThat(onSale(menu)).isFalse()));
            assertThat(onSale(kiosk.menu())).isFalse();
        }
    }

    @Test
    void twoConsolesShowTheSameBarAndASecondStartIsRefusedClearly(FxRobot robot) {
        ConsoleFixture first = console;
        first.onFx(() -> first.window.scene().scene().getWindow().setWidth(HALF_SCREEN));
        ConsoleFixture second = secondConsole("bar-2");
        awaitOnline(first);
        awaitOnline(second);
        OrderAccepted order = kiosk.pay(americano(1));
        eventually(() -> assertThat(first.cardsOnRail()).containsExactly(card(order)));
        eventually(() -> assertThat(second.cardsOnRail()).containsExactly(card(order)));

        robot.clickOn(first.node(at(order, ".ticket-action"), Node.class));

        eventually(() -> assertThat(second.text(at(order, ".ticket-status"))).isEqualTo("제조 중 · bar-1"));
        assertThat(first.text(at(order, ".ticket-status"))).isEqualTo("제조 중 · bar-1");
        robot.clickOn(second.node(at(order, ".ticket-header"), Node.class));
        eventually(() -> assertThat(second.styleOf("#" + card(order))).contains("selected"));
        robot.type(KeyCode.S);

        eventually(() -> assertThat(second.node(".toast", Label.class)).satisfies(toast -> {
            assertThat(toast.isVisible()).isTrue();
            assertThat(toast.getText()).isEqualTo("#" + order.orderNumber() + " 주문은 bar-1에서 이미 시작했습니다");
            assertThat(toast.getStyleClass()).contains("error");
        }));
        assertThat(first.visible(".toast")).isFalse();
        assertThat(second.text(at(order, ".ticket-status"))).isEqualTo("제조 중 · bar-1");
        assertThat(kiosk.order(order).status()).isEqualTo(OrderStatus.IN_PREPARATION);
    }

    @Test
    void theAgeColourFollowsTheInjectedClockFromTheTimeTheServerStamped() {
        awaitOnline(console);
        OrderAccepted order = kiosk.pay(americano(1));
        eventually(() -> assertThat(console.styleOf("#" + card(order))).contains("age-fresh"));

        letPass(Duration.ofSeconds(179));
        assertThat(console.styleOf("#" + card(order))).contains("age-fresh");
        assertThat(console.text(at(order, ".ticket-timer"))).isEqualTo("2:59");

        letPass(Duration.ofSeconds(1));
        assertThat(console.styleOf("#" + card(order))).contains("age-warning").doesNotContain("age-fresh");
        assertThat(console.text(at(order, ".ticket-timer"))).isEqualTo("3:00");

        letPass(Duration.ofMinutes(2));
        assertThat(console.styleOf("#" + card(order))).contains("age-late").doesNotContain("age-warning");
        assertThat(console.text(at(order, ".ticket-timer"))).isEqualTo("5:00");
    }

    /** A second console on the right half of the screen, as on a bar with two stations. */
    private ConsoleFixture secondConsole(String station) {
        ConsoleFixture[] opened = new ConsoleFixture[1];
        console.onFx(() -> {
            Stage stage = new Stage();
            stage.setX(HALF_SCREEN);
            stage.setY(0);
            opened[0] = store.console(stage, station, HALF_SCREEN);
        });
        return opened[0];
    }

    /** Time passes on the console, whose clock stood still since it heard the ticket the server stamped. */
    private void letPass(Duration time) {
        store.clock().advance(time);
        console.onFx(console.viewModel::tick);
    }

    private static void awaitOnline(ConsoleFixture console) {
        eventually(() -> assertThat(console.text(".connection-pill")).isEqualTo("연결됨"));
    }

    private static KeyCode slotKey(ConsoleFixture console, OrderAccepted order) {
        return KeyCode.getKeyCode(console.text(at(order, ".ticket-slot")));
    }

    private static CartLine latte(int quantity, String... options) {
        return new CartLine("latte", List.of(options), quantity);
    }

    private static boolean onSale(Menu menu) {
        return menu.item(SEASONAL).orElseThrow().available();
    }

    private void tapSeasonalSoldOut(FxRobot robot) {
        robot.clickOn("#sold-out-" + SEASONAL);
    }
}
