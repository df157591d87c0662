package cafe.console.manager;

import static cafe.console.manager.ManagerStage.awaitText;
import static cafe.console.manager.ManagerStage.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.terminal.i18n.Language;
import cafe.terminal.testing.MutableClock;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A staff pass runs out 12 hours after sign-in, on a real StoreServer whose clock the test moves on:
 * the back office asks for the PIN again over itself, keeps what the manager typed, and carries on
 * with what they asked for once they signed in; signing out there closes the office as before.
 */
class PassRunsOutScreenTest {

    private static final MutableClock STORE_CLOCK = MutableClock.running();
    private static final Duration SHIFT = Duration.ofHours(12).plusMinutes(1);
    private static final String ASKED = "Kim Minji, type your PIN to carry on. What you typed stays as it is,"
            + " and what you asked for goes ahead once you are signed in.";

    @RegisterExtension
    static final ManagerScreenFixture OFFICE = new ManagerScreenFixture("kim", "Kim Minji", "2468", Language.EN,
            STORE_CLOCK);

    @Test
    void aPriceSavedAfterThePassRanOutAsksForThePinOverTheFormAndIsSavedOnceSignedIn(FxRobot robot) {
        typePriceTillThePassRunsOut(robot, "Bakery", "Croissant  ·  ₩3,800", "4,100");

        robot.clickOn("#item-save");

        awaitText(robot, "#sheet-hint", ASKED);
        TextField price = robot.lookup("#price").queryAs(TextField.class);
        assertThat(price.getText()).isEqualTo("4,100");
        assertThat(price.isDisabled()).as("the office is out of reach under the sheet").isTrue();
        robot.clickOn("#sheet-pin").write("1357").type(KeyCode.ENTER);
        awaitText(robot, "#sheet-message", "That is not Kim Minji's PIN. 4 more tries before a short wait.");
        robot.clickOn("#sheet-pin").write("2468").type(KeyCode.ENTER);

        awaitText(robot, "#editor-message", "Croissant saved. Every kiosk shows it now.");
        assertThat(robot.lookup("#sign-in-sheet").tryQuery()).isEmpty();
        assertThat(price.isDisabled()).isFalse();
        assertThat(OFFICE.store().menu().item("croissant").orElseThrow().basePriceWon()).isEqualTo(4_100);
        awaitText(robot, "#signed-in", "Signed in: Kim Minji");
    }

    @Test
    void aCancellationWithItsReasonTypedGoesAheadOnceSignedInAgain(FxRobot robot) {
        OrderAccepted order = OFFICE.store().pay();
        OFFICE.signIn(robot);
        ManagerStage.openSection(robot, "#section-orders-title", "#orders-number");
        robot.clickOn("#orders-number").write(String.valueOf(order.orderNumber())).type(KeyCode.ENTER);
        await().atMost(ManagerStage.PATIENCE).until(() -> robot.lookup("#order-heading").queryAs(Label.class).getText()
                .startsWith("Order " + order.orderNumber() + " "));
        robot.clickOn("#order-cancel-reason").write("customer changed their mind");
        STORE_CLOCK.advance(SHIFT);

        robot.clickOn("#order-cancel");
        awaitText(robot, "#sheet-hint", ASKED);
        robot.clickOn("#sheet-pin").write("2468").type(KeyCode.ENTER);

        awaitText(robot, "#order-message", "Refunded ₩4,500 to VISA ****4242.");
        assertThat(OFFICE.store().order(order).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void signingOutOnTheSheetClosesTheOfficeAndChangesNothing(FxRobot robot) {
        long before = OFFICE.store().menu().version();
        typePriceTillThePassRunsOut(robot, "Coffee", "Americano  ·  ₩4,500", "4,900");
        robot.clickOn("#item-save");
        awaitText(robot, "#sheet-someone-else", "Not Kim Minji? Sign out here, then sign in with your own PIN.");

        robot.clickOn("#sheet-sign-out");

        awaitText(robot, "#sign-in-message", "Signed out.");
        assertThat(robot.lookup("#sign-in-sheet").tryQuery()).isEmpty();
        assertThat(OFFICE.store().menu().version()).isEqualTo(before);
    }

    /** Signs in, types a new price for the item, and moves the store's clock past the pass's 12 hours. */
    private static void typePriceTillThePassRunsOut(FxRobot robot, String category, String item, String price) {
        OFFICE.signIn(robot);
        ManagerStage.choose(robot, "#categories", category);
        ManagerStage.choose(robot, "#items", item);
        replace(robot, "#price", price);
        STORE_CLOCK.advance(SHIFT);
    }
}
