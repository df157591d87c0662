package cafe.console.manager;

import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.core.order.Carts;
import cafe.core.server.RunningStore;
import cafe.terminal.i18n.Language;
import cafe.terminal.testing.LiveStore;
import cafe.terminal.testing.Snapshot;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/manager-orders.png, manager-order-receipt.png and manager-failed-messages.png
 * from a real store: run with {@code -Dscreenshots.dir=<absolute dir>}.
 */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class OrderDeskScreenshots {

    @RegisterExtension
    static final ManagerScreenFixture OFFICE = new ManagerScreenFixture("kim", "김민지", "2468", Language.KO);

    private final Path dir = Path.of(System.getProperty("screenshots.dir", "."));

    @Test
    void ordersAndFailedMessages(FxRobot robot) throws Exception {
        OrderAccepted served = OFFICE.store().pay(Carts.americano(2), Carts.croissant(1));
        OFFICE.store().start(served);
        OFFICE.store().ready(served);
        OFFICE.store().pickUp(served);
        OFFICE.store().pay();
        RunningStore.executeIn(OFFICE.store().dataDir(), "barista",
                "CREATE TRIGGER screenshot_fault BEFORE INSERT ON ticket"
                + " BEGIN SELECT RAISE(ABORT, 'the bar cannot take tickets'); END");
        LiveStore.answer(OFFICE.store().kioskClient().placeOrder(Carts.order(4_500, Carts.americano(1))));
        OFFICE.store().awaitStatus(served, OrderStatus.PICKED_UP);

        ManagerStage.choose(robot, "#sign-in-staff", "김민지");
        robot.clickOn("#sign-in-pin").write("2468").type(KeyCode.ENTER);
        ManagerStage.openSection(robot, "#section-orders-title", "#orders-number");
        TextField number = robot.lookup("#orders-number").queryAs(TextField.class);
        robot.clickOn(number).write(String.valueOf(served.orderNumber())).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#order-bar").queryLabeled().getText().contains("픽업"));
        robot.clickOn("#orders-find-time");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#orders-search-message").queryLabeled().getText().startsWith("주문 3건"));
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-orders.png"));

        robot.clickOn("#order-receipt");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#order-receipt-card #receipt-printed")
                .queryLabeled().getText().contains("#" + served.orderNumber()));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-order-receipt.png"));

        ManagerStage.openSection(robot, "#section-failed-title", "#failed-refresh");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            if (!"처리할 메시지 1건.".equals(robot.lookup("#failed-message").queryLabeled().getText())) {
                robot.clickOn("#failed-refresh");
                return false;
            }
            return true;
        });
        RunningStore.executeIn(OFFICE.store().dataDir(), "barista", "DROP TRIGGER screenshot_fault");
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("⚠")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#failed-details").queryLabeled().getText().startsWith("무엇"));
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-failed-messages.png"));
    }
}
