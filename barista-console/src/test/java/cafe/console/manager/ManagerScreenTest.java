package cafe.console.manager;

import static cafe.console.manager.ManagerStage.awaitText;
import static cafe.console.manager.ManagerStage.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.ManagerClient;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.menu.SaveMenuItem;
import cafe.contract.menu.SavePicture;
import cafe.contract.wire.Role;
import cafe.contract.wire.Json;
import cafe.core.staff.StaffFixture;
import cafe.terminal.i18n.Language;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The manager screen as an owner uses it with mouse and keyboard, against a real StoreServer:
 * staff sign in with their own PIN, and a change to the menu is on the kiosks' menu when the screen
 * says it is saved. One store for the class; each test edits items no other test touches.
 */
class ManagerScreenTest {

    private static final ObjectMapper JSON = Json.newMapper();

    @RegisterExtension
    static final ManagerScreenFixture OFFICE = new ManagerScreenFixture("kim", "Kim Minji", "2468", Language.EN);

    @Test
    void aWrongPinSaysHowManyTriesAreLeftAndTheRightOneOpensTheMenu(FxRobot robot) {
        ManagerStage.choose(robot, "#sign-in-staff", "Kim Minji");
        robot.clickOn("#sign-in-pin").write("1111").type(KeyCode.ENTER);
        awaitText(robot, "#sign-in-message", "That is not Kim Minji's PIN. 4 more tries before a short wait.");

        robot.clickOn("#sign-in-pin").write("2468").type(KeyCode.ENTER);

        awaitText(robot, "#signed-in", "Signed in: Kim Minji");
        robot.clickOn("#sign-out");
        awaitText(robot, "#sign-in-message", "Signed out.");
    }

    @Test
    void theFifthWrongPinSaysTheNextWaitsThirtySeconds(FxRobot robot) {
        StaffFixture.enrol(OFFICE.store().dataDir(), "lee", "Lee Jun", "1357");
        robot.interact(OFFICE.screen()::reopen);
        ManagerStage.choose(robot, "#sign-in-staff", "Lee Jun");
        for (int left = 4; left >= 1; left--) {
            robot.clickOn("#sign-in-pin").write("0000").type(KeyCode.ENTER);
            awaitText(robot, "#sign-in-message", "That is not Lee Jun's PIN. " + left
                    + (left == 1 ? " more try" : " more tries") + " before a short wait.");
        }

        robot.clickOn("#sign-in-pin").write("0000").type(KeyCode.ENTER);

        awaitText(robot, "#sign-in-message", "Too many wrong PINs for Lee Jun. Try again in 30 seconds.");
    }

    @Test
    void aSignInCardOpenedWhileTheStoreIsDownAsksForTheStaffAgainOnceItIsBack(FxRobot robot) throws Exception {
        OFFICE.store().stopServer();
        try {
            robot.interact(OFFICE.screen()::reopen);
            awaitText(robot, "#sign-in-message", "The store server cannot be reached. Nothing was changed;"
                    + " try again when it is back.");
        } finally {
            OFFICE.store().startServer();
        }

        ManagerStage.cell(robot, "Kim Minji");
        awaitText(robot, "#sign-in-message", "");
    }

    @Test
    void theMenuOfAStoreRestoredFromABackupReplacesTheNewerOneShown(FxRobot robot) throws Exception {
        signIn(robot);
        long before = whileTheStoreIsDown(menuDb -> addCategory(menuDb, "Seasonal"));
        ManagerStage.cell(robot, "Seasonal");

        // the store is restored from a backup taken before that change: it counts its menus lower again
        whileTheStoreIsDown(menuDb -> forgetMenusAfter(menuDb, before));

        ManagerStage.awaitNoCell(robot, "Seasonal");
        assertThat(ManagerStage.cell(robot, "Bakery")).isNotNull();
    }

    @Test
    void aNewPriceIsOnTheKiosksWhenTheScreenSaysSaved(FxRobot robot) {
        signIn(robot);
        ManagerStage.choose(robot, "#categories", "Bakery");
        ManagerStage.choose(robot, "#items", "Croissant  ·  ₩3,800");
        replace(robot, "#price", "4,200");
        robot.clickOn("#item-save");

        awaitText(robot, "#editor-message", "Croissant saved. Every kiosk shows it now.");
        assertThat(OFFICE.store().menu().item("croissant").orElseThrow().basePriceWon()).isEqualTo(4_200);
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
        Menu kiosks = OFFICE.store().menu();
        MenuItem yuja = kiosks.item("yuja-tea").orElseThrow();
        assertThat(yuja.basePriceWon()).isEqualTo(5_500);
        assertThat(yuja.optionGroupIds()).containsExactly("temperature");
        assertThat(kiosks.itemsIn("coffee").get(kiosks.itemsIn("coffee").size() - 1).id()).isEqualTo("yuja-tea");
    }

    @Test
    void aRetiredCategoryGivesWayToTheFirstAndANewItemIsSavedThere(FxRobot robot) {
        signIn(robot);
        replace(robot, "#category-ko", "겨울");
        replace(robot, "#category-en", "Winter");
        robot.clickOn("#category-add");
        awaitText(robot, "#editor-message", "Winter saved. Every kiosk shows it now.");

        robot.clickOn("#category-retire");
        awaitText(robot, "#editor-message", "Winter is off the menu.");
        MenuCategory first = OFFICE.store().menu().categories().stream()
                .min(Comparator.comparingInt(MenuCategory::sortOrder)).orElseThrow();
        await().atMost(ManagerStage.PATIENCE).until(() ->
                first.name().en().equals(robot.lookup("#category-en").queryAs(TextField.class).getText()));

        replace(robot, "#name-ko", "군고구마 라떼");
        replace(robot, "#name-en", "Sweet Potato Latte");
        replace(robot, "#price", "5900");
        robot.clickOn("#item-save");
        awaitText(robot, "#editor-message", "Sweet Potato Latte saved. Every kiosk shows it now.");
        assertThat(OFFICE.store().menu().itemsIn(first.id())).extracting(MenuItem::id).contains("sweet-potato-latte");
    }

    @Test
    void aMistakeIsExplainedAndNothingChanges(FxRobot robot) {
        signIn(robot);
        long before = OFFICE.store().menu().version();
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
        assertThat(OFFICE.store().menu().version()).isEqualTo(before);
        assertThat(robot.lookup("#editor-message").queryAs(Label.class).getStyleClass()).contains("problem");
    }

    @Test
    void aNewOptionGroupKeepsItsOptionsInTheOrderSetAndOneAnItemOffersStays(FxRobot robot) {
        signIn(robot);
        ManagerStage.openSection(robot, "Option groups");
        robot.clickOn("#group-new");
        replace(robot, "#group-name-ko", "꿀");
        replace(robot, "#group-name-en", "Honey");
        replace(robot, "#group-least", "0");
        replace(robot, "#option-ko-0", "꿀 추가");
        replace(robot, "#option-en-0", "Extra honey");
        replace(robot, "#option-price-0", "500");
        robot.clickOn("#option-add");
        replace(robot, "#option-ko-1", "꿀 많이");
        replace(robot, "#option-en-1", "Lots of honey");
        replace(robot, "#option-price-1", "800");
        robot.clickOn("#option-up-1");
        robot.clickOn("#group-save");

        awaitText(robot, "#group-message", "Honey saved. Every kiosk shows it now.");
        OptionGroup honey = OFFICE.store().menu().optionGroup("honey").orElseThrow();
        assertThat(honey.options()).extracting(MenuOption::priceDeltaWon).containsExactly(800L, 500L);
        assertThat(honey.minChoices()).isZero();

        ManagerStage.choose(robot, "#groups", "Syrup  ·  3 options");
        awaitText(robot, "#group-offered-by", "Offered by: Caffe Latte");
        robot.clickOn("#group-retire");
        awaitText(robot, "#group-message", "One item still offers it: take it off first (see \"Offered by\").");
        assertThat(OFFICE.store().menu().optionGroup("syrup")).isPresent();
    }

    @Test
    void aSuggestionTakenOffAndOneAddedAreOnTheKiosksMenu(FxRobot robot) {
        signIn(robot);
        ManagerStage.choose(robot, "#categories", "Coffee");
        ManagerStage.choose(robot, "#items", "Americano  ·  ₩4,500");
        robot.clickOn("#pairing-croissant");
        pick(robot, "#pairing-add", "seasonal-ade");
        robot.clickOn("#item-save");

        awaitText(robot, "#editor-message", "Americano saved. Every kiosk shows it now.");
        assertThat(OFFICE.store().menu().item("americano").orElseThrow().suggestedItemIds())
                .containsExactly("seasonal-ade");
        assertThat(robot.lookup("#pairing-seasonal-ade").tryQuery()).isPresent();
    }

    @Test
    void aReceiptIsFoundByItsNumberShownAsItPrintsSentAgainAndPrinted(FxRobot robot) {
        int number = OFFICE.store().pay().orderNumber();
        signIn(robot);
        ManagerStage.openSection(robot, "Receipts");

        replace(robot, "#receipt-number", "9" + number);
        robot.clickOn("#receipt-find");
        awaitText(robot, "#receipt-message", "No order paid today has the number 9" + number
                + ". Numbers restart every day: for another day's, find the order under Orders on its day and"
                + " open its receipt there.");
        replace(robot, "#receipt-number", String.valueOf(number));
        robot.type(KeyCode.ENTER);
        await().atMost(ManagerStage.PATIENCE).until(() -> robot.lookup("#receipt-printed").queryAs(Label.class)
                .getText().contains("#" + number));
        assertThat(robot.lookup("#receipt-printed").queryAs(Label.class).getText()).contains("부가세 VAT 10%",
                "VISA ****4242");

        replace(robot, "#receipt-email", "minji at home");
        robot.clickOn("#receipt-resend");
        awaitText(robot, "#receipt-message", "That is not an e-mail address: type one like name@example.com.");
        replace(robot, "#receipt-email", "minji@example.com");
        robot.clickOn("#receipt-resend");
        awaitText(robot, "#receipt-message",
                "Sent to minji@example.com. It is on its way: a mail server that is down is tried again by itself.");
        robot.clickOn("#receipt-print");
        awaitText(robot, "#receipt-message", "Printed.");

        ListView<?> history = robot.lookup("#receipt-history-list").queryAs(ListView.class);
        assertThat(history.getItems()).hasSize(2);
        assertThat(history.getItems().get(0).toString()).startsWith("Sent to m***@example.com by Kim Minji at ");
        assertThat(history.getItems().get(1).toString()).startsWith("Printed by Kim Minji at ");
    }

    @Test
    void anAddedPictureIsShownInTheEditorsPictureListAsItself(FxRobot robot) throws Exception {
        String added = addRedPictureTo(OFFICE.store().menu().item("latte").orElseThrow());
        signIn(robot);
        ManagerStage.choose(robot, "#categories", "Coffee");
        ManagerStage.choose(robot, "#items", "Caffe Latte  ·  ₩5,000");

        ComboBox<String> pictures = robot.lookup("#picture").queryComboBox();
        await().atMost(ManagerStage.PATIENCE).until(() -> added.equals(pictures.getValue()));
        Image preview = await().atMost(ManagerStage.PATIENCE).until(() -> shownPreview(pictures.getButtonCell()),
                image -> image != null);
        assertThat(preview.getWidth()).isEqualTo(40);
        assertThat(preview.getPixelReader().getColor(20, 20).getRed()).as("the picture's own red").isGreaterThan(0.8);
    }

    private static Image shownPreview(ListCell<String> cell) {
        return cell.getGraphic() instanceof ImageView view ? view.getImage() : null;
    }

    /** A manager elsewhere added a red picture and put it on the item; answers the picture's name. */
    private static String addRedPictureTo(MenuItem item) throws Exception {
        BufferedImage red = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = red.createGraphics();
        paint.setColor(java.awt.Color.RED);
        paint.fillRect(0, 0, 64, 64);
        paint.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(red, "jpg", jpeg);
        try (CafeConnection office = OFFICE.store().connected(Role.MANAGER)) {
            ManagerClient manager = office.manager();
            manager.signIn("kim", "2468".toCharArray()).join();
            String image = manager.savePicture(new SavePicture(jpeg.toByteArray())).join().image();
            manager.saveItem(new SaveMenuItem(new MenuItem(item.id(), item.categoryId(), item.name(),
                    item.description(), item.basePriceWon(), item.optionGroupIds(), image, item.available(),
                    item.prepSeconds(), item.suggestedItemIds()))).join();
            return image;
        }
    }

    private static void signIn(FxRobot robot) {
        OFFICE.signIn(robot);
        awaitText(robot, "#signed-in", "Signed in: Kim Minji");
    }

    /** Picks an entry of a drop-down list as a click on it in the open list would: the list is longer than the screen. */
    private static void pick(FxRobot robot, String comboBox, String itemId) {
        ComboBox<MenuItem> box = robot.lookup(comboBox).queryComboBox();
        robot.interact(() -> box.setValue(box.getItems().stream().filter(item -> item.id().equals(itemId))
                .findFirst().orElseThrow()));
    }

    private interface MenuDatabaseChange {
        void applyTo(Connection menuDb) throws SQLException, IOException;
    }

    /** Changes the menu database while the store is stopped; returns the newest menu version before. */
    private static long whileTheStoreIsDown(MenuDatabaseChange change) throws Exception {
        OFFICE.store().stopServer();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + OFFICE.store().dataDir().resolve("menu.db"));
             Statement sql = db.createStatement();
             ResultSet newest = sql.executeQuery("SELECT max(version) FROM menu_version")) {
            newest.next();
            long version = newest.getLong(1);
            change.applyTo(db);
            return version;
        } finally {
            OFFICE.store().startServer();
        }
    }

    private static void addCategory(Connection db, String name) throws SQLException, IOException {
        try (Statement sql = db.createStatement();
             ResultSet newest = sql.executeQuery(
                     "SELECT version, menu_json, changed_at FROM menu_version ORDER BY version DESC LIMIT 1");
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO menu_version (version, menu_json, change, changed_at) VALUES (?, ?, 'by hand', ?)")) {
            newest.next();
            long version = newest.getLong(1) + 1;
            ObjectNode menu = (ObjectNode) JSON.readTree(newest.getString(2));
            menu.put("version", version);
            ObjectNode category = ((ArrayNode) menu.get("categories")).addObject();
            category.put("id", name.toLowerCase(Locale.ROOT)).put("sortOrder", 99);
            category.putObject("name").put("ko", name).put("en", name);
            insert.setLong(1, version);
            insert.setString(2, JSON.writeValueAsString(menu));
            insert.setObject(3, newest.getObject(3));
            insert.executeUpdate();
        }
    }

    /** As a restore from a backup of that version would leave them: the menu and ordering's copy of it. */
    private static void forgetMenusAfter(Connection db, long version) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM menu_version WHERE version > ?");
             Connection ordering = DriverManager.getConnection(
                     "jdbc:sqlite:" + OFFICE.store().dataDir().resolve("ordering.db"));
             PreparedStatement replica = ordering.prepareStatement(
                     "UPDATE menu_replica SET version = ?, menu_json = ? WHERE id = 1");
             PreparedStatement kept = db.prepareStatement("SELECT menu_json FROM menu_version WHERE version = ?")) {
            delete.setLong(1, version);
            delete.executeUpdate();
            kept.setLong(1, version);
            try (ResultSet menu = kept.executeQuery()) {
                menu.next();
                replica.setLong(1, version);
                replica.setString(2, menu.getString(1));
                replica.executeUpdate();
            }
        }
    }
}
