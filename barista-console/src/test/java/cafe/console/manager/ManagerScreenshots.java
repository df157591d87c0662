package cafe.console.manager;

import cafe.contract.order.OrderAccepted;
import cafe.core.order.Carts;
import cafe.terminal.i18n.Language;
import cafe.terminal.testing.LiveStore;
import cafe.terminal.testing.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Writes docs/screenshots/manager-*.png from a real store: run with {@code -Dscreenshots.dir=<absolute dir>}. */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class ManagerScreenshots {

    @RegisterExtension
    static final ManagerScreenFixture OFFICE = new ManagerScreenFixture("kim", "김민지", "2468", Language.KO);

    private final Path dir = Path.of(System.getProperty("screenshots.dir", "."));

    @BeforeAll
    static void sellFourOrdersAndMakeThem() throws Exception {
        LiveStore store = OFFICE.store();
        for (OrderAccepted order : List.of(store.pay(Carts.americano(2), Carts.croissant(1)), store.pay(),
                store.pay(Carts.croissant(2)), store.pay(Carts.americano(1), Carts.croissant(1)))) {
            store.start(order);
            store.ready(order);
        }
    }

    @Test
    void signInAndTheMenuEditor(FxRobot robot) throws Exception {
        ManagerStage.choose(robot, "#sign-in-staff", "김민지");
        robot.clickOn("#sign-in-pin").write("1111").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#sign-in-message").queryLabeled().getText().contains("PIN이 아닙니다"));
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-sign-in.png"));

        robot.clickOn("#sign-in-pin").write("2468").type(KeyCode.ENTER);
        ManagerStage.choose(robot, "#items", "아메리카노  ·  4,500원");
        TextField price = robot.lookup("#price").queryAs(TextField.class);
        robot.interact(() -> price.setText("4,800"));
        robot.clickOn("#item-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#editor-message").queryLabeled().getText().contains("저장했습니다"));
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-menu.png"));

        ManagerStage.openSection(robot, "옵션 그룹");
        ManagerStage.choose(robot, "#groups", "시럽  ·  옵션 3개");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#group-offered-by").queryLabeled().getText().contains("카페 라떼"));
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-option-groups.png"));
    }

    @Test
    void theDaysSalesAndPrepTimes(FxRobot robot) throws Exception {
        OFFICE.signIn(robot);
        ManagerStage.openSection(robot, "매출");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#sales-net").queryLabeled().getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-sales.png"));

        ManagerStage.openSection(robot, "제조 시간");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#prep-overall").queryLabeled().getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-prep-times.png"));
    }

    @Test
    void aReceipt(FxRobot robot) throws Exception {
        int number = OFFICE.store().pay().orderNumber();
        OFFICE.signIn(robot);
        ManagerStage.openSection(robot, "영수증");
        TextField field = robot.lookup("#receipt-number").queryAs(TextField.class);
        robot.interact(() -> field.setText(String.valueOf(number)));
        robot.clickOn("#receipt-find");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#receipt-printed").queryLabeled().getText().contains("#" + number));
        robot.clickOn("#receipt-print");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#receipt-message").queryLabeled().getText().contains("인쇄했습니다"));
        Snapshot.write(OFFICE.screen().scene(), dir.resolve("manager-receipt.png"));
    }
}
