package cafe.console.bar;

import static cafe.console.bar.ConsoleFixture.eventually;
import static cafe.console.bar.LiveConsoles.at;
import static cafe.console.bar.LiveConsoles.card;
import static cafe.console.bar.LiveConsoles.shelf;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.croissant;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import javafx.scene.Node;
import javafx.stage.Stage;
import cafe.terminal.testing.LiveStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The StoreServer stops and starts again on the same data folder and port while the console stays
 * open: the barista sees the link go, the console comes back by itself with the whole bar.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleThroughServerRestartTest {

    @RegisterExtension
    static final LiveConsoles store = new LiveConsoles();

    private final LiveStore kiosk = store.kiosk();
    private ConsoleFixture console;

    @Start
    void start(Stage stage) {
        console = store.console(stage, "bar-1");
    }

    @Test
    void theConsoleShowsTheLostLinkThenRecoversTheWholeBarByItself(FxRobot robot) throws Exception {
        eventually(() -> assertThat(console.text(".connection-pill")).isEqualTo("연결됨"));
        OrderAccepted queued = kiosk.pay(croissant(1));
        OrderAccepted making = kiosk.pay(americano(1));
        OrderAccepted ready = kiosk.pay(americano(2));
        eventually(() -> assertThat(console.cardsOnRail()).containsExactly(card(queued), card(making), card(ready)));
        robot.clickOn(console.node(at(making, ".ticket-action"), Node.class));
        robot.clickOn(console.node(at(ready, ".ticket-action"), Node.class));
        eventually(() -> assertThat(console.text(at(ready, ".ticket-status"))).isEqualTo("제조 중 · bar-1"));
        robot.clickOn(console.node(at(ready, ".ticket-action"), Node.class));
        eventually(() -> assertThat(console.find(shelf(ready))).isPresent());
        kiosk.awaitStatus(ready, OrderStatus.READY);

        store.stopServer();

        eventually(() -> assertThat(console.visible(".offline-banner")).isTrue());
        assertThat(console.text(".connection-pill")).isEqualTo("연결 끊김 · 재연결 중");
        assertThat(console.node(at(queued, ".ticket-action"), Node.class).isDisabled()).isTrue();
        assertThat(console.cardsOnRail()).containsExactly(card(queued), card(making));

        store.startServerAgain();
        // paid as soon as the kiosk is back, whether or not the console is back yet
        OrderAccepted afterRestart = kiosk.pay(croissant(2));

        eventually(() -> assertThat(console.text(".connection-pill")).isEqualTo("연결됨"));
        assertThat(console.visible(".offline-banner")).isFalse();
        assertThat(console.node(at(queued, ".ticket-action"), Node.class).isDisabled()).isFalse();
        eventually(() -> assertThat(console.cardsOnRail())
                .containsExactly(card(queued), card(making), card(afterRestart)));
        assertThat(console.text(at(queued, ".ticket-status"))).isEqualTo("새 주문");
        assertThat(console.text(at(making, ".ticket-status"))).isEqualTo("제조 중 · bar-1");
        assertThat(console.find(shelf(ready))).isPresent();
        assertThat(console.texts(at(afterRestart, ".line-quantity"))).containsExactly("2");
        assertThat(afterRestart.orderNumber()).isGreaterThan(ready.orderNumber());
    }
}
