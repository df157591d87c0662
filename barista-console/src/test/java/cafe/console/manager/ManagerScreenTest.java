package cafe.console.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.terminal.i18n.Language;
import cafe.terminal.testing.LiveStore;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The manager screen as an owner uses it with mouse and keyboard, against a real StoreServer:
 * staff sign in with their own PIN, and a change to the menu is on the kiosks' menu when the screen
 * says it is saved. One store for the class; each test edits items no other test touches.
 */
@ExtendWith(ApplicationExtension.class)
class ManagerScreenTest {

    private static LiveStore store;
    private ManagerStage screen;

    @BeforeAll
    static void openTheStore() throws Exception {
        store = ManagerStage.storeWith("kim", "Kim Minji", "2468");
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        store.close();
    }

    @Start
    void start(Stage stage) {
        screen = ManagerStage.open(stage, store, Language.EN);
    }

    @AfterEach
    void closeTheScreen() {
        screen.close();
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftAndTheRightOneOpensTheMenu(FxRobot robot) {
        ManagerStage.choose(robot, "#sign-in-staff", "Kim Minji");
        robot.clickOn("#sign-in-pin").write("1111").type(KeyCode.ENTER);
        awaitText(robot, "#sign-in-message", "That is not Kim Minji's PIN. 4 more tries before a 5-minute wait.");

        robot.clickOn("#sign-in-pin").write("2468").type(KeyCode.ENTER);

        awaitText(robot, "#signed-in", "Signed in: Kim Minji");
        robot.clickOn("#sign-out");
        awaitText(robot, "#sign-in-message", "Signed out.");
    }

    @Test
    void aNewPriceIsOnTheKiosksWhenTheScreenSaysSaved(FxRobot robot) {
        signIn(robot);
        ManagerStage.choose(robot, "#categories", "Bakery");
        ManagerStage.choose(robot, "#items", "Croissant  ·  ₩3,800");
        replace(robot, "#price", "4,200");
        robot.clickOn("#item-save");

        awaitText(robot, "#editor-message", "Croissant saved. Every kiosk shows it now.");
        assertThat(store.menu().item("croissant").orElseThrow().basePriceWon()).isEqualTo(4_200);
        assertThat(ManagerStage.cell(robot, "Croissant  ·  ₩4,200")).isNotNull();
    }

    @Test
    void aNewItemWithItsOptionsGoesLastInItsCategory(FxRobot robot) {
        signIn(robot);
        ManagerStage.choose(robot, "#categories", "Coffee");
        robot.clickOn("#item-new");
        replace(robot, "#name-ko", "유자차");
        replace(robot, "#name-en", "Yuja Tea");
        replace(robot, "#price", "5500");
        robot.clickOn("#option-group-temperature");
        robot.clickOn("#item-save");

        awaitText(robot, "#editor-message", "Yuja Tea saved. Every kiosk shows it now.");
        Menu kiosks = store.menu();
        MenuItem yuja = kiosks.item("yuja-tea").orElseThrow();
        assertThat(yuja.basePriceWon()).isEqualTo(5_500);
        assertThat(yuja.optionGroupIds()).containsExactly("temperature");
        assertThat(kiosks.itemsIn("coffee").get(kiosks.itemsIn("coffee").size() - 1).id()).isEqualTo("yuja-tea");
    }

    @Test
    void aMistakeIsExplainedAndNothingChanges(FxRobot robot) {
        signIn(robot);
        long before = store.menu().version();
        ManagerStage.choose(robot, "#categories", "Coffee");
        ManagerStage.choose(robot, "#items", "Caffe Latte  ·  ₩5,000");
        replace(robot, "#price", "five thousand");
        robot.clickOn("#item-save");
        awaitText(robot, "#editor-message", "The price is a whole number of won, such as 4500.");

        replace(robot, "#price", "5000");
        replace(robot, "#name-en", "");
        robot.clickOn("#item-save");

        awaitText(robot, "#editor-message", "Name (English): may not be empty.");

        replace(robot, "#name-en", "Caffe Latte");
        replace(robot, "#price", "-5000");
        robot.clickOn("#item-save");

        awaitText(robot, "#editor-message", "Price (won): 0 to 1,000,000 won.");
        assertThat(store.menu().version()).isEqualTo(before);
        assertThat(robot.lookup("#editor-message").queryAs(Label.class).getStyleClass()).contains("problem");
    }

    private static void signIn(FxRobot robot) {
        ManagerStage.choose(robot, "#sign-in-staff", "Kim Minji");
        robot.clickOn("#sign-in-pin").write("2468").type(KeyCode.ENTER);
        awaitText(robot, "#signed-in", "Signed in: Kim Minji");
    }

    /** Empties the field and types the text into it, as a manager does after tabbing to it. */
    private static void replace(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> {
            input.requestFocus();
            input.clear();
        });
        if (!text.isEmpty()) {
            robot.write(text);
        }
        await().atMost(ManagerStage.PATIENCE).until(() -> text.equals(input.getText()));
    }

    private static void awaitText(FxRobot robot, String query, String text) {
        await().atMost(ManagerStage.PATIENCE).untilAsserted(() -> assertThat(robot.lookup(query).tryQuery()
                .map(node -> ((Label) node).getText()).orElse(null)).isEqualTo(text));
    }
}
