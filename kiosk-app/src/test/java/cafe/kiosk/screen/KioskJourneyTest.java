package cafe.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeConnection;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.menu.SaveMenuItem;
import cafe.contract.menu.SaveOptionGroup;
import cafe.contract.menu.SavePicture;
import cafe.contract.menu.SetAvailability;
import cafe.contract.order.OrderType;
import cafe.contract.order.OrderView;
import cafe.contract.wire.Role;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import cafe.core.staff.StaffFixture;
import cafe.kiosk.flow.Screen;
import cafe.kiosk.i18n.KioskTexts;
import cafe.kiosk.pay.PaidOrder;
import cafe.kiosk.testing.Connected;
import cafe.kiosk.testing.KioskStage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer at a real kiosk window, ordering from a real StoreServer with the bundled menu: every
 * screen from the first tap to the order number, the card terminal's declines, the menu changing
 * under the customer, and walking away.
 */
class KioskJourneyTest {

    @TempDir
    static Path data;
    private static RunningStore store;
    private static CafeConnection staff;
    private static CafeConnection counter;
    private KioskStage kiosk;

    @BeforeAll
    static void openTheStore() {
        store = new RunningStore(StoreConfig.forTests(data));
        staff = Connected.as(Role.BARISTA, store);
        counter = Connected.as(Role.KIOSK, store);
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        staff.close();
        counter.close();
        store.close();
    }

    @AfterEach
    void closeTheKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void aCustomerOrdersAnIcedOatLatteAndACroissantAndGetsTheNumberTheServerGave() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.tap("start-take-out");
        kiosk.tap("category-latte").tap("item-cafe-latte");
        assertThat(kiosk.text("item-add")).isEqualTo("장바구니에 담기 · 5,000원");
        kiosk.tap("option-temp-iced").tap("option-milk-oat").tap("item-more");
        assertThat(kiosk.text("item-add")).as("(5,000 + 600 oat) x 2").isEqualTo("장바구니에 담기 · 11,200원");
        kiosk.tap("item-add");
        kiosk.tap("category-dessert").tap("item-butter-croissant").tap("item-add");
        assertThat(kiosk.text("cart-summary")).isEqualTo("담은 메뉴 3개 · 15,400원");

        kiosk.tap("cart-button");
        assertThat(kiosk.text("cart-total")).isEqualTo("15,400원");
        kiosk.until(() -> kiosk.text("wait-estimate").contains("분"));
        kiosk.tap("pay-button");
        assertThat(kiosk.text("pay-total")).isEqualTo("15,400원");
        kiosk.tap("card-approve");

        kiosk.skipContact();
        PaidOrder paid = kiosk.call(() -> kiosk.viewModel().doneScreen().paidOrderProperty().get());
        OrderView stored = counter.kiosk().order(paid.orderId()).get();
        assertThat(kiosk.text("order-number")).isEqualTo(String.valueOf(stored.orderNumber()));
        assertThat(stored.status().isPaid()).isTrue();
        assertThat(stored.orderType()).isEqualTo(OrderType.TAKE_OUT);
        assertThat(stored.totalWon()).isEqualTo(15_400);
        assertThat(stored.lines()).extracting(line -> line.name().en(), line -> line.quantity())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Caffè Latte", 2),
                        org.assertj.core.groups.Tuple.tuple("Butter Croissant", 1));

        kiosk.passTime(Duration.ofSeconds(2));
        kiosk.tap("done-screen");
        kiosk.until(() -> kiosk.visible("start-screen"));
        assertThat(kiosk.call(() -> kiosk.viewModel().cart().isEmpty())).isTrue();
    }

    @Test
    void aDeclinedCardSaysWhyAndAnotherCardPaysTheSameOrder() throws Exception {
        kiosk = KioskStage.open(store, KioskTexts.english(), 1080, 1920);
        orderOneAmericano();
        kiosk.tap("card-decline");

        kiosk.until(() -> kiosk.visible("pay-declined"));
        assertThat(kiosk.text("decline-reason")).isEqualTo("Your card was declined. Please try another card.");
        assertThat(kiosk.visible("order-number")).as("nothing is shown as paid").isFalse();
        kiosk.tap("pay-another").tap("card-insufficient-funds");
        kiosk.until(() -> kiosk.text("decline-reason").contains("insufficient funds"));

        kiosk.tap("pay-another").tap("card-approve");
        kiosk.skipContact();
        PaidOrder paid = kiosk.call(() -> kiosk.viewModel().doneScreen().paidOrderProperty().get());
        OrderView stored = counter.kiosk().order(paid.orderId()).get();
        assertThat(stored.status().isPaid()).isTrue();
        assertThat(kiosk.text("order-number")).isEqualTo(String.valueOf(stored.orderNumber()));
        assertThat(store.query("ordering", "select count(*) from customer_order where order_id = '"
                + paid.orderId() + "'")).isEqualTo(1);
    }

    @Test
    void aDrinkSoldOutAtTheBarGreysOutOnTheOpenMenuAndMarksTheCartLine() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.tap("start-dine-in").tap("item-americano").tap("item-add");
        try {
            staff.barista().setAvailability(new SetAvailability("americano", false)).get();

            // the new tile is disabled as it is made; its badge exists once its skin is, at the next pulse
            kiosk.until(() -> kiosk.node("item-americano").isDisabled() && soldOutBadgeShown("item-americano"));
            kiosk.tap("cart-button");
            assertThat(kiosk.text("line-0-problem")).isEqualTo("품절되었습니다. 이 항목을 빼 주세요.");
            assertThat(kiosk.node("pay-button").isDisabled()).as("a sold-out line cannot be paid").isTrue();
            assertThat(kiosk.call(() -> kiosk.node("line-0-remove").getAccessibleText()))
                    .as("spoken as it is moved onto").endsWith("품절되었습니다. 이 항목을 빼 주세요.");
            kiosk.tap("line-0-remove");
            kiosk.until(() -> kiosk.visible("menu-screen"));
        } finally {
            staff.barista().setAvailability(new SetAvailability("americano", true)).get();
        }
        kiosk.until(() -> !kiosk.node("item-americano").isDisabled());
    }

    private boolean soldOutBadgeShown(String tileId) {
        Node badge = kiosk.node(tileId).lookup(".sold-out-badge");
        return badge != null && badge.isVisible();
    }

    @Test
    void aPictureTheManagerAddsIsOnTheItemsTileFromTheStore() throws Exception {
        StaffFixture.enrol(data, "kim", "Kim Minji", "2468");
        try (CafeConnection office = Connected.as(Role.MANAGER, store)) {
            office.manager().signIn("kim", "2468".toCharArray()).get();
            String image = office.manager().savePicture(new SavePicture(jpegSquare(64))).get().image();
            MenuItem einspanner = office.manager().menu().get().item("einspanner").orElseThrow();
            office.manager().saveItem(new SaveMenuItem(new MenuItem(einspanner.id(), einspanner.categoryId(),
                    einspanner.name(), einspanner.description(), einspanner.basePriceWon(),
                    einspanner.optionGroupIds(), image, true, einspanner.prepSeconds(),
                    einspanner.suggestedItemIds()))).get();

            kiosk = KioskStage.open(store);
            kiosk.tap("start-take-out");

            kiosk.until(() -> kiosk.call(() -> pictureWidth(kiosk.node("item-einspanner"))) == 64);
        }
    }

    /**
     * The owner changes a drink's price and an option's while a customer, on the keypad, is choosing
     * it: the dialog shows the new prices at once, with the option picked and the keypad's place kept.
     */
    @Test
    void pricesChangedWhileADrinkIsBeingChosenShowAtOnceWithThePickAndTheFocusKept() throws Exception {
        StaffFixture.enrol(data, "park", "Park Jiwoo", "1357");
        kiosk = KioskStage.open(store);
        kiosk.tap("start-take-out");
        kiosk.tap("category-coffee").tap("item-cold-brew");
        kiosk.keyTo("option-ice-more");
        assertThat(kiosk.text("item-add")).isEqualTo("장바구니에 담기 · 5,000원");

        try (CafeConnection office = Connected.as(Role.MANAGER, store)) {
            office.manager().signIn("park", "1357".toCharArray()).get();
            Menu menu = office.manager().menu().get();
            OptionGroup ice = menu.optionGroup("ice").orElseThrow();
            office.manager().saveOptionGroup(new SaveOptionGroup(new OptionGroup(ice.id(), ice.name(),
                    ice.minChoices(), ice.maxChoices(), ice.options().stream().map(option -> option.id().equals(
                            "ice-more") ? new MenuOption(option.id(), option.name(), 300, false) : option).toList())))
                    .get();
            MenuItem coldBrew = menu.item("cold-brew").orElseThrow();
            office.manager().saveItem(new SaveMenuItem(new MenuItem(coldBrew.id(), coldBrew.categoryId(),
                    coldBrew.name(), coldBrew.description(), 5_300, coldBrew.optionGroupIds(), coldBrew.image(),
                    true, coldBrew.prepSeconds(), coldBrew.suggestedItemIds()))).get();
        }

        kiosk.until(() -> kiosk.text("item-add"), "장바구니에 담기 · 5,600원"::equals);
        kiosk.settle();
        assertThat(kiosk.call(() -> kiosk.node("option-ice-more").isFocused()))
                .as("the keypad is on the extra ice drawn anew").isTrue();
        kiosk.tap("item-add");
        assertThat(kiosk.text("cart-summary")).isEqualTo("담은 메뉴 1개 · 5,600원");
    }

    /** The width of the picture on a tile, as drawn from the image's own pixels. */
    private static double pictureWidth(Node tile) {
        ImageView view = (ImageView) ((Picture) tile.lookup(".picture")).getGraphic();
        return view.getImage() == null ? 0 : view.getImage().getWidth();
    }

    private static byte[] jpegSquare(int side) throws IOException {
        BufferedImage square = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(square, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    void aPriceTheKioskHasNotHeardOfBringsTheCustomerBackToTheCartWithTheLineMarked() throws Exception {
        kiosk = KioskStage.open(store);
        orderOneAmericano();
        long ordersBefore = store.query("ordering", "select count(*) from customer_order");
        // the ordering service's copy of the menu changes before the kiosk hears of it
        store.execute("ordering", "update menu_replica set menu_json = replace(menu_json, '\"basePriceWon\":4500',"
                + " '\"basePriceWon\":4510')");
        try {
            kiosk.tap("card-approve");

            kiosk.until(() -> kiosk.visible("cart-screen"));
            assertThat(kiosk.text("notice")).isEqualTo("메뉴가 변경되었습니다. 장바구니를 확인해 주세요.");
            assertThat(kiosk.text("line-0-problem")).isEqualTo("가격이 변경되었습니다: 지금은 개당 4,510원");
            assertThat(kiosk.text("cart-total")).isEqualTo("4,510원");
            assertThat(store.query("ordering", "select count(*) from customer_order")).isEqualTo(ordersBefore);

            kiosk.tap("pay-button").tap("card-approve");
            kiosk.skipContact();
            assertThat(kiosk.call(() -> kiosk.viewModel().doneScreen().paidOrderProperty().get().totalWon())).isEqualTo(4_510);
        } finally {
            store.execute("ordering", "update menu_replica set menu_json = replace(menu_json, '\"basePriceWon\":4510',"
                    + " '\"basePriceWon\":4500')");
        }
    }

    @Test
    void aCustomerWhoWalksAwayIsAskedThenTheKioskStartsOverForTheNext() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.tap("start-dine-in").tap("item-americano").tap("item-add");

        kiosk.passTime(Duration.ofSeconds(89));
        assertThat(kiosk.visible("idle-overlay")).isFalse();
        kiosk.passTime(Duration.ofSeconds(2));
        assertThat(kiosk.visible("idle-overlay")).isTrue();
        assertThat(kiosk.text("idle-countdown")).isEqualTo("9초 후 처음 화면으로 돌아갑니다");

        kiosk.tap("idle-continue");
        assertThat(kiosk.visible("idle-overlay")).isFalse();
        assertThat(kiosk.text("cart-summary")).as("the cart is kept").isEqualTo("담은 메뉴 1개 · 4,500원");

        kiosk.passTime(Duration.ofSeconds(91));
        kiosk.passTime(Duration.ofSeconds(10));
        kiosk.until(() -> kiosk.visible("start-screen"));
        assertThat(kiosk.visible("idle-overlay")).isFalse();
        assertThat(kiosk.call(() -> kiosk.viewModel().cart().isEmpty())).isTrue();
    }

    @Test
    void theIdleTimerDoublesInAccessibleMode() throws Exception {
        kiosk = KioskStage.open(store);
        kiosk.tap("accessible-button");
        kiosk.tap("start-dine-in").tap("item-americano").tap("item-add");
        kiosk.passTime(Duration.ofSeconds(120));
        assertThat(kiosk.visible("idle-overlay")).as("accessible mode doubles the 90 s").isFalse();
        kiosk.passTime(Duration.ofSeconds(61));
        assertThat(kiosk.visible("idle-overlay")).isTrue();
        assertThat(kiosk.text("idle-countdown")).isEqualTo("19초 후 처음 화면으로 돌아갑니다");
    }

    @Test
    void theLanguageChangesOnEveryScreenAndTheCartStays() throws Exception {
        kiosk = KioskStage.open(store);
        switchesLanguage("환영합니다", "Welcome");
        kiosk.tap("start-dine-in");
        switchesLanguage("메뉴를 골라 주세요", "Choose from the menu");
        kiosk.tap("item-americano");
        switchesLanguage("아메리카노", "Americano", "item-name");
        kiosk.tap("item-add").tap("cart-button");
        switchesLanguage("장바구니를 확인해 주세요", "Check your order");
        assertThat(kiosk.text("cart-total")).isEqualTo("4,500원");
        kiosk.tap("pay-button");
        switchesLanguage("결제", "Payment");
        kiosk.tap("card-approve");
        kiosk.skipContact();
        switchesLanguage("주문 완료", "Order placed");
    }

    private void switchesLanguage(String korean, String english, String... where) {
        String id = where.length == 0 ? "step-label" : where[0];
        assertThat(kiosk.text(id)).isEqualTo(korean);
        kiosk.tap("language-button");
        assertThat(kiosk.text(id)).isEqualTo(english);
        assertThat(kiosk.text("language-button")).isEqualTo("한국어");
        kiosk.tap("language-button");
        assertThat(kiosk.text(id)).isEqualTo(korean);
    }

    @Test
    void afterPayingACustomerTapsAnEmailAddressOnTheScreensKeyboardAfterABadTryAndTheStoreKeepsIt() throws Exception {
        kiosk = KioskStage.open(store, KioskTexts.english(), 1080, 1920);
        orderOneAmericano();
        kiosk.tap("card-approve");
        kiosk.until(() -> kiosk.visible("contact-field"));
        assertThat(kiosk.visible("order-number")).as("the number comes after the contact step").isFalse();

        kiosk.tap("contact-email").tapKeys("minjy").tap("contact-send");
        kiosk.until(() -> kiosk.visible("contact-problem"));
        assertThat(kiosk.text("contact-problem")).startsWith("That is not an e-mail address");

        kiosk.tap("contact-key-erase").tapKeys("i").tap("contact-key-underscore").tapKeys("88").tap("contact-key-gmail");
        assertThat(kiosk.text("contact-typed")).isEqualTo("minji_88@gmail.com");
        assertThat(kiosk.visible("contact-problem")).as("typing clears the message").isFalse();
        kiosk.tap("contact-send");

        kiosk.until(() -> kiosk.visible("order-number"));
        String orderId = kiosk.call(() -> kiosk.viewModel().doneScreen().paidOrderProperty().get().orderId());
        assertThat(store.queryText("notification", "select address from contact where order_id = '" + orderId + "'"))
                .isEqualTo("minji_88@gmail.com");
    }

    @Test
    void theContactStepIsSkippedInOneTapOrPassesByItself() throws Exception {
        kiosk = KioskStage.open(store);
        orderOneAmericano();
        kiosk.tap("card-approve");
        kiosk.until(() -> kiosk.visible("contact-field"));
        assertThat(kiosk.text("contact-countdown")).isEqualTo("25초 뒤에 주문 번호가 나옵니다");

        kiosk.passTime(Duration.ofSeconds(26));

        kiosk.until(() -> kiosk.visible("order-number"));
        kiosk.passTime(Duration.ofSeconds(2));
        kiosk.tap("done-screen");
        orderOneAmericano();
        kiosk.tap("card-approve");
        kiosk.skipContact();
    }

    private void orderOneAmericano() {
        kiosk.tap("start-dine-in").tap("item-americano").tap("item-add").tap("cart-button").tap("pay-button");
        kiosk.until(() -> kiosk.viewModel().screenProperty().get() == Screen.PAYMENT);
    }

}
