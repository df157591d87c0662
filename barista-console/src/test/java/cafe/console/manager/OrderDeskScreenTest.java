package cafe.console.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.core.order.Carts;
import cafe.core.server.RunningStore;
import cafe.terminal.i18n.Language;
import cafe.terminal.testing.LiveStore;
import cafe.terminal.testing.ScreenFit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The back office's Orders and Failed messages sections against a real StoreServer, with mouse and
 * keyboard: an order found by its number shows what ordering, payment and the bar know of it, is
 * cancelled with a reason and refunded; a message that failed at the bar is retried once its fault is
 * gone and its order moves on. One store for the class.
 */
class OrderDeskScreenTest {

    @RegisterExtension
    static final ManagerScreenFixture OFFICE = new ManagerScreenFixture("kim", "Kim Minji", "2468", Language.EN);

    private static final String BAR_FAULT = "CREATE TRIGGER screen_test_fault BEFORE INSERT ON ticket"
            + " BEGIN SELECT RAISE(ABORT, 'the bar cannot take tickets'); END";

    /** The receipt shown inside an order's history. */
    private static final String CARD = "#order-receipt-card ";

    @Test
    void anOrderFoundByItsNumberShowsItsHistoryAndIsCancelledWithItsRefundButNotOnceItIsPickedUp(FxRobot robot) {
        OrderAccepted collected = OFFICE.store().pay();
        OFFICE.store().start(collected);
        OFFICE.store().ready(collected);
        OFFICE.store().pickUp(collected);
        OFFICE.store().awaitStatus(collected, OrderStatus.PICKED_UP);
        OrderAccepted waiting = OFFICE.store().pay();
        signIn(robot);
        ManagerStage.openSection(robot, "#section-orders-title", "#orders-number");

        find(robot, collected);
        awaitText(robot, "#order-bar", text -> text.contains("Picked up at ") && text.contains("station "));
        robot.clickOn("#order-cancel-reason").write("wrong drink");
        robot.clickOn("#order-cancel");
        awaitText(robot, "#order-message", ("Order " + collected.orderNumber()
                + " is Picked up: it can no longer be cancelled.")::equals);
        assertThat(robot.lookup("#order-message").queryAs(Label.class).getStyleClass()).contains("problem");

        find(robot, waiting);
        awaitText(robot, "#order-heading", text -> text.startsWith("Order " + waiting.orderNumber() + " ")
                && text.endsWith("Waiting at the bar"));
        awaitText(robot, "#order-payments", text -> text.contains("VISA ****4242") && text.contains("approved"));
        awaitText(robot, "#order-bar", text -> text.startsWith("Queued at "));
        robot.clickOn("#order-cancel");
        awaitText(robot, "#order-message", "Write why the order is cancelled: the store keeps it with your name."::equals);

        robot.clickOn("#order-cancel-reason").write("customer changed their mind");
        robot.clickOn("#order-cancel");

        awaitText(robot, "#order-message", "Refunded ₩4,500 to VISA ****4242."::equals);
        awaitText(robot, "#order-steps", text -> text.endsWith("Cancelled   by Kim Minji: customer changed their mind"));
        awaitText(robot, "#order-payments", text -> text.contains("refunded at"));
        assertThat(OFFICE.store().order(waiting).status()).isEqualTo(OrderStatus.CANCELLED);
        ScreenFit.resize(OFFICE.screen().scene(), 1280, 800, ManagerStage.PATIENCE);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(ScreenFit.problems(OFFICE.screen().scene())));
        assertThat(problems).as("the orders section on a 1280x800 monitor").isEmpty();
    }

    @Test
    void anOrdersReceiptIsShownFromItsHistorySentAgainAndPrintedAndAnUnpaidOrderSaysItHasNone(FxRobot robot) {
        OrderAccepted declined = LiveStore.answer(OFFICE.store().kioskClient().placeOrder(
                Carts.order(Carts.DECLINING_CARD, 4_500, Carts.americano(1))));
        OFFICE.store().awaitStatus(declined, OrderStatus.PAYMENT_FAILED);
        OrderAccepted paid = OFFICE.store().pay();
        signIn(robot);
        ManagerStage.openSection(robot, "#section-orders-title", "#orders-number");
        DatePicker day = robot.lookup("#orders-day").queryAs(DatePicker.class);
        await().atMost(ManagerStage.PATIENCE).untilAsserted(() -> assertThat(day.getEditor().getText())
                .as("the store's today, as an English date").matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}"));
        robot.interact(() -> day.getEditor().clear());
        robot.clickOn(day.getEditor()).write("the day before").type(KeyCode.ENTER);
        awaitText(robot, "#orders-search-message", text -> text.startsWith("\"the day before\" is not a date."));

        find(robot, declined);
        awaitText(robot, "#order-heading", text -> text.startsWith("Order " + declined.orderNumber() + " "));
        robot.clickOn("#order-receipt");
        awaitText(robot, CARD + "#receipt-message", ("Order " + declined.orderNumber()
                + " has no receipt: only a paid order has one.")::equals);
        assertThat(robot.lookup(CARD + "#receipt-print").queryButton().isDisabled()).isTrue();

        find(robot, paid);
        awaitText(robot, "#order-heading", text -> text.startsWith("Order " + paid.orderNumber() + " "));
        assertThat(robot.lookup("#order-receipt-card").query().isVisible()).as("the last order's receipt left")
                .isFalse();
        robot.clickOn("#order-receipt");
        awaitText(robot, CARD + "#receipt-printed", text -> text.contains("#" + paid.orderNumber())
                && text.contains("VISA ****4242"));
        robot.clickOn(CARD + "#receipt-email").write("minji@example.com").type(KeyCode.ENTER);
        awaitText(robot, CARD + "#receipt-message", text -> text.startsWith("Sent to minji@example.com."));
        robot.clickOn(CARD + "#receipt-print");
        awaitText(robot, CARD + "#receipt-message", "Printed."::equals);
        ListView<?> history = robot.lookup(CARD + "#receipt-history-list").queryAs(ListView.class);
        assertThat(history.getItems()).map(Object::toString).satisfiesExactly(
                sent -> assertThat(sent).startsWith("Sent to m***@example.com by Kim Minji at "),
                printed -> assertThat(printed).startsWith("Printed by Kim Minji at "));
    }

    @Test
    void aMessageThatFailedAtTheBarIsRetriedOnceItsFaultIsGone(FxRobot robot) throws Exception {
        RunningStore.executeIn(OFFICE.store().dataDir(), "barista", BAR_FAULT);
        OrderAccepted order;
        try {
            order = LiveStore.answer(OFFICE.store().kioskClient().placeOrder(Carts.order(4_500, Carts.americano(1))));
            OFFICE.store().awaitStatus(order, OrderStatus.PAID);
            signIn(robot);
            ManagerStage.openSection(robot, "#section-failed-title", "#failed-refresh");
            await().atMost(ManagerStage.PATIENCE).pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofSeconds(1)).until(() -> {
                if (!"1 waiting for you.".equals(robot.lookup("#failed-message").queryAs(Label.class).getText())) {
                    robot.clickOn("#failed-refresh");
                    return false;
                }
                return true;
            });
        } finally {
            RunningStore.executeIn(OFFICE.store().dataDir(), "barista", "DROP TRIGGER screen_test_fault");
        }
        robot.clickOn(waitingCell(robot));
        awaitText(robot, "#failed-details", text -> text.contains("Order: " + order.orderId())
                && text.contains("it failed all 3 deliveries"));

        robot.clickOn("#failed-retry");

        awaitText(robot, "#failed-message", ("OrderPaid went back to barista.order-events. If the fault is fixed,"
                + " its order moves on now.")::equals);
        OFFICE.store().awaitStatus(order, OrderStatus.QUEUED);
        awaitText(robot, "#failed-details", text -> text.contains("Retried by Kim Minji"));
    }

    @Test
    void anOrderLookedForWhileTheStoreIsDownIsFoundByItselfOnceItIsBack(FxRobot robot) throws Exception {
        OrderAccepted paid = OFFICE.store().pay();
        signIn(robot);
        ManagerStage.openSection(robot, "#section-orders-title", "#orders-number");

        OFFICE.store().stopServer();
        try {
            awaitText(robot, "#link-state", text -> !text.isEmpty());
            find(robot, paid);
            await().atMost(ManagerStage.PATIENCE).until(() -> robot.lookup("#orders-search-message")
                    .queryAs(Label.class).getStyleClass().contains("problem"));
        } finally {
            OFFICE.store().startServer();
        }

        awaitText(robot, "#order-heading", text -> text.startsWith("Order " + paid.orderNumber() + " "));
        awaitText(robot, "#order-payments", text -> text.contains("approved"));
    }

    private static void signIn(FxRobot robot) {
        OFFICE.signIn(robot);
        awaitText(robot, "#signed-in", "Signed in: Kim Minji"::equals);
    }

    private static void find(FxRobot robot, OrderAccepted order) {
        TextField number = robot.lookup("#orders-number").queryAs(TextField.class);
        robot.interact(number::clear);
        robot.clickOn(number).write(String.valueOf(order.orderNumber())).type(KeyCode.ENTER);
    }

    private static ListCell<?> waitingCell(FxRobot robot) {
        return await().atMost(ManagerStage.PATIENCE).until(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class)
                .stream().filter(c -> c.isVisible() && !c.isEmpty() && c.getText() != null
                        && c.getText().startsWith("⚠ Waiting") && c.getText().contains("OrderPaid")).findFirst().orElse(null), c -> c != null);
    }

    private static void awaitText(FxRobot robot, String query, java.util.function.Predicate<String> wanted) {
        await().atMost(ManagerStage.PATIENCE).untilAsserted(() -> assertThat(robot.lookup(query).tryQuery()
                .map(node -> ((Label) node).getText()).orElse(null)).matches(text -> text != null && wanted.test(text)));
    }
}
