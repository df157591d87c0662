package cafe.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.kiosk.testing.KioskStage;
import cafe.kiosk.testing.OneStorePerClass;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A customer in a wheelchair, or with low vision, orders with the keypad alone: one key turns on
 * accessible mode, every control is then within the lower half, the text is twice as large and
 * the theme is high-contrast, and Tab and Enter reach everything up to the order number.
 */
class AccessibleModeTest extends OneStorePerClass {

    private static final double HEIGHT = 1920;

    private KioskStage kiosk;

    @AfterEach
    void closeTheKiosk() {
        kiosk.close();
    }

    @Test
    void theWholeOrderByKeyboardAloneWithEveryControlWithinLowReach() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.keyTo("accessible-button");
        assertThat(kiosk.call(() -> kiosk.node("kiosk").getScene().getRoot().getStyle())).contains("-fx-font-size: 44.0px");
        assertThat(kiosk.call(() -> kiosk.node("kiosk").getScene().getStylesheets()))
                .anyMatch(sheet -> sheet.endsWith("tokens-contrast.css"));
        everyControlIsInTheLowerHalf();

        kiosk.keyTo("start-dine-in");
        everyControlIsInTheLowerHalf();
        kiosk.keyTo("category-latte").keyTo("item-cafe-latte");
        everyControlIsInTheLowerHalf();
        kiosk.keyTo("option-temp-iced").keyTo("option-size-large").keyTo("item-add");
        kiosk.keyTo("cart-button");
        everyControlIsInTheLowerHalf();
        assertThat(kiosk.text("cart-total")).isEqualTo("5,500원");
        kiosk.keyTo("pay-button");
        everyControlIsInTheLowerHalf();
        kiosk.keyTo("card-decline");
        kiosk.untilFocused("pay-another");
        everyControlIsInTheLowerHalf();
        kiosk.keyTo("pay-another").keyTo("card-approve");

        kiosk.until(() -> kiosk.visible("contact-field"));
        everyControlIsInTheLowerHalf();
        kiosk.keyTo("contact-email");
        kiosk.until(() -> kiosk.visible("contact-key-read"));
        everyControlIsInTheLowerHalf();
        kiosk.keyTo("contact-skip");
        kiosk.until(() -> kiosk.visible("order-number"));
        everyControlIsInTheLowerHalf();
        assertThat(kiosk.call(() -> kiosk.viewModel().doneScreen().paidOrderProperty().get().totalWon())).isEqualTo(5_500);
    }

    @Test
    void focusIsAlwaysOnSomethingToPressAndMovesWithTheArrowKeysToo() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.keyTo("accessible-button").keyTo("start-take-out");
        kiosk.untilFocused("item-espresso");
        kiosk.press(KeyCode.DOWN);
        kiosk.untilFocused("item-americano");
        kiosk.press(KeyCode.ENTER);
        kiosk.until(() -> kiosk.visible("item-dialog"));
        assertThat(kiosk.focused("item-add")).as("the dialog opens with Add in focus").isTrue();
    }

    @Test
    void upMovesToTheRowOfOptionsAboveAndEnterPicksTheOptionFocusedThere() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.keyTo("accessible-button").keyTo("start-dine-in");
        kiosk.keyTo("category-latte").keyTo("item-cafe-latte");
        kiosk.keyTo("option-temp-iced");

        kiosk.press(KeyCode.UP);
        String above = focusedId();
        assertThat(above).as("Up goes to the sizes, the row above").startsWith("option-size-")
                .isNotEqualTo("option-size-regular");
        kiosk.press(KeyCode.ENTER);

        assertThat(picked(above)).as("Enter picks the size in focus").isTrue();
        assertThat(picked("option-size-regular")).isFalse();
        assertThat(picked("option-temp-iced")).as("the temperature stays as chosen").isTrue();
        kiosk.press(KeyCode.DOWN);
        assertThat(focusedId()).as("Down comes back to the temperatures").startsWith("option-temp-");
    }

    @Test
    void thePressThatFillsACartLineLeavesTheFocusOnThatLineNotOnAnother() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.tap("start-dine-in").tap("item-espresso").tap("item-add").tap("item-americano");
        for (int more = 1; more < 19; more++) {
            kiosk.tap("item-more");
        }
        kiosk.tap("item-add").tap("cart-button");
        kiosk.until(() -> kiosk.visible("line-1-more"));

        kiosk.keyTo("line-1-more");

        kiosk.until(() -> kiosk.call(() -> kiosk.node("line-1-more").isDisabled()));
        assertThat(focusedId()).as("a second Enter must not take one off the espresso").startsWith("line-1-");
    }

    @Test
    void afterTheIdleQuestionTheKeypadIsWhereItWasNotOnTheScreensFirstControl() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.keyTo("accessible-button").keyTo("start-dine-in");
        kiosk.keyTo("category-latte");

        kiosk.passTime(Duration.ofSeconds(181));
        kiosk.until(() -> kiosk.visible("idle-overlay"));
        kiosk.tap("idle-continue");
        kiosk.until(() -> !kiosk.visible("idle-overlay"));

        kiosk.settle();
        assertThat(focusedId()).isEqualTo("category-latte");
    }

    private String focusedId() {
        return kiosk.call(() -> kiosk.node("kiosk").getScene().getFocusOwner().getId());
    }

    private boolean picked(String option) {
        return kiosk.call(() -> ((ToggleButton) kiosk.node(option)).isSelected());
    }

    private void everyControlIsInTheLowerHalf() {
        kiosk.settle();
        List<String> outOfReach = kiosk.call(() -> kiosk.node("kiosk").lookupAll(".button, .toggle-button").stream()
                .filter(node -> node instanceof ButtonBase && KioskStage.shown(node))
                .filter(node -> {
                    Bounds onScreen = node.localToScene(node.getBoundsInLocal());
                    return onScreen.getMinY() < HEIGHT / 2 && onScreen.getMaxY() > 0;
                })
                .map(node -> node.getId() + " at y=" + Math.round(node.localToScene(node.getBoundsInLocal()).getMinY()))
                .toList());
        assertThat(outOfReach).as("controls above the lower half").isEmpty();
    }
}
