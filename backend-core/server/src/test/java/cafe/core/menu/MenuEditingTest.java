package cafe.core.menu;

import static cafe.core.order.Carts.order;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.client.ManagerClient;
import cafe.client.jms.CafeClients;
import cafe.contract.LocalizedText;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuEditProblem;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.menu.ReorderMenu;
import cafe.contract.menu.RetireCategory;
import cafe.contract.menu.RetireOptionGroup;
import cafe.contract.menu.SavePicture;
import cafe.contract.menu.RetireMenuItem;
import cafe.contract.menu.SaveCategory;
import cafe.contract.menu.SaveMenuItem;
import cafe.contract.menu.SaveOptionGroup;
import cafe.contract.order.CartLine;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Json;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Role;
import cafe.core.platform.EventRecorder;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import cafe.core.staff.StaffFixture;
import cafe.core.testing.Refusal;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed-in manager edits the menu from the manager screen's connection: each change is a new
 * version that reaches the kiosks and ordering at once, is recorded with who made it, and a change
 * that breaks a rule is refused with the rule and changes nothing.
 */
class MenuEditingTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final LocalizedText YUJA = new LocalizedText("유자차", "Yuja tea");

    @TempDir
    static Path dataDir;
    private static RunningStore store;
    private static CafeConnection managerScreen;
    private static TestTerminal kiosk;

    @BeforeAll
    static void openTheStoreAndSignIn() throws Exception {
        store = RunningStore.withTestMenu(dataDir);
        StaffFixture.enrol(dataDir, "kim", "Kim Minji", "2468");
        managerScreen = CafeClients.connect(store.server().terminalConfig(Role.MANAGER));
        await().atMost(DEADLINE).until(() -> managerScreen.state() == ConnectionState.CONNECTED);
        manager().signIn("kim", "2468".toCharArray()).join();
        kiosk = store.terminal(Role.KIOSK);
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        managerScreen.close();
        store.close();
    }

    @Test
    void aNewItemReachesTheKiosksAtOnceAndCanBeOrdered() throws Exception {
        EventRecorder kioskMenus = kiosk.record(Addresses.MENU_EVENTS);

        Menu saved = manager().saveItem(new SaveMenuItem(item("yuja-tea", "coffee", 5_500))).join();

        MenuItem yuja = saved.item("yuja-tea").orElseThrow();
        assertThat(yuja.name()).isEqualTo(YUJA);
        assertThat(saved.itemsIn("coffee").get(saved.itemsIn("coffee").size() - 1).id()).isEqualTo("yuja-tea");
        kioskMenus.await(MessageTypes.MENU_CHANGED, body -> body.path("version").asLong() == saved.version());
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(kiosk.request(Addresses.ORDER_COMMANDS,
                MessageTypes.PLACE_ORDER, order(5_500, new CartLine("yuja-tea", List.of(), 1))).code()).isNull());
        assertThat(store.queryText("menu", "select changed_by || ': ' || change from menu_version where version = "
                + saved.version())).isEqualTo("kim: item yuja-tea saved at 5500 won");
    }

    @Test
    void aNewPriceIsWhatTheNextCustomerPaysAndACartWithTheOldOneIsToldWhy() throws Exception {
        MenuItem croissant = manager().menu().join().item("croissant").orElseThrow();
        manager().saveItem(new SaveMenuItem(priced(croissant, 4_000))).join();

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(kiosk.request(Addresses.ORDER_COMMANDS,
                MessageTypes.PLACE_ORDER, order(3_800, new CartLine("croissant", List.of(), 1))).code())
                .isEqualTo(ErrorCode.MENU_CHANGED.name()));
        assertThat(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER,
                order(4_000, new CartLine("croissant", List.of(), 1))).code()).isNull();
    }

    @Test
    void aChangeThatBreaksARuleIsRefusedWithTheRuleAndChangesNothing() throws Exception {
        long before = manager().menu().join().version();

        CafeException negative = Refusal.of(manager().saveItem(new SaveMenuItem(item("cheap", "coffee", -100))));
        assertThat(negative.code()).isEqualTo(ErrorCode.MENU_EDIT_REFUSED);
        assertThat(negative.getMessage()).contains("0 to 1000000 won, not -100");
        assertThat(problem(negative)).isEqualTo(new MenuEditProblem("won-range", "item.price", 1_000_000L));
        assertThat(problem(Refusal.of(manager().saveItem(new SaveMenuItem(named(item("nameless", "coffee", 3_000),
                new LocalizedText("무명", " "))))))).isEqualTo(new MenuEditProblem("text-empty", "item.name.en", null));
        assertThat(problem(Refusal.of(manager().saveItem(new SaveMenuItem(item("lost", "tea", 3_000))))).rule())
                .isEqualTo("unknown-category");
        assertThat(problem(Refusal.of(manager().retireCategory(new RetireCategory("bakery")))).rule())
                .isEqualTo("category-not-empty");
        assertThat(problem(Refusal.of(manager().saveOptionGroup(new SaveOptionGroup(new OptionGroup("milk",
                new LocalizedText("우유", "Milk"), 1, 1, List.of())))))).isEqualTo(
                new MenuEditProblem("no-options", "group.options", null));
        assertThat(problem(Refusal.of(manager().reorder(new ReorderMenu(null, List.of("coffee"))))).rule())
                .isEqualTo("same-ids");
        assertThat(manager().menu().join().version()).isEqualTo(before);
    }

    @Test
    void changesAKioskCouldNotSellOrTheStoreNeedNotKeepAreRefused() throws Exception {
        long before = manager().menu().join().version();

        assertThat(problem(Refusal.of(manager().saveOptionGroup(new SaveOptionGroup(new OptionGroup("syrup",
                new LocalizedText("시럽", "Syrup"), 0, 1, List.of(new MenuOption("iced",
                new LocalizedText("얼음", "Ice"), 0, false)))))))).as("the latte offers temperature's 'iced' too")
                .isEqualTo(new MenuEditProblem("options-shared", "group.options", null));
        assertThat(problem(Refusal.of(manager().reorder(new ReorderMenu("tea", List.of()))))).isEqualTo(
                new MenuEditProblem("unknown-category", "category.id", null));
        assertThat(problem(Refusal.of(manager().saveItem(new SaveMenuItem(pictured(item("long", "coffee", 3_000),
                "a".repeat(97) + ".png")))))).isEqualTo(new MenuEditProblem("text-long", "item.picture", 100L));
        assertThat(manager().menu().join().version()).isEqualTo(before);

        manager().saveOptionGroup(new SaveOptionGroup(new OptionGroup("ice", new LocalizedText("얼음", "Ice"), 0, 1,
                List.of(new MenuOption("iced", new LocalizedText("얼음 많이", "Lots of ice"), 0, false))))).join();
        MenuItem offeringBoth = new MenuItem("iced-tea", "coffee", YUJA, new LocalizedText("", ""), 3_000,
                List.of("temperature", "ice"), "americano.png", true, 60, List.of());
        assertThat(problem(Refusal.of(manager().saveItem(new SaveMenuItem(offeringBoth))))).isEqualTo(
                new MenuEditProblem("options-shared", "item.optionGroups", null));
        assertThat(manager().retireOptionGroup(new RetireOptionGroup("ice")).join().item("iced-tea")).isEmpty();
    }

    @Test
    void categoriesAndOptionGroupsAreAddedReorderedAndRetired() {
        manager().saveCategory(new SaveCategory(new MenuCategory("tea", new LocalizedText("차", "Tea"), 0))).join();
        manager().saveOptionGroup(new SaveOptionGroup(new OptionGroup("honey", new LocalizedText("꿀", "Honey"), 0, 1,
                List.of(new MenuOption("honey-extra", new LocalizedText("꿀 추가", "Extra honey"), 500, false))))).join();
        Menu reordered = manager().reorder(new ReorderMenu(null, List.of("tea", "coffee", "bakery"))).join();

        assertThat(reordered.categories()).extracting(MenuCategory::id, MenuCategory::sortOrder)
                .containsExactly(tuple("tea", 1), tuple("coffee", 2),
                        tuple("bakery", 3));
        assertThat(reordered.optionGroup("honey")).isPresent();

        Menu retired = manager().retireCategory(new RetireCategory("tea")).join();
        assertThat(retired.categories()).extracting(MenuCategory::id).containsExactly("coffee", "bakery");
        assertThat(manager().retireOptionGroup(new RetireOptionGroup("honey")).join().optionGroup("honey")).isEmpty();
    }

    @Test
    void anOptionGroupAnItemOffersStaysUntilNoItemOffersIt() throws Exception {
        CafeException refused = Refusal.of(manager().retireOptionGroup(new RetireOptionGroup("size")));

        assertThat(problem(refused).rule()).isEqualTo("group-in-use");
        assertThat(refused.getMessage()).contains("take size off these items first");
        assertThat(manager().menu().join().optionGroup("size")).isPresent();
    }

    @Test
    void aRetiredItemLeavesTheMenuAndEverySuggestion() {
        manager().saveItem(new SaveMenuItem(item("scone", "bakery", 3_500))).join();
        MenuItem latte = manager().menu().join().item("latte").orElseThrow();
        manager().saveItem(new SaveMenuItem(suggesting(latte, "scone"))).join();

        Menu after = manager().retireItem(new RetireMenuItem("scone")).join();

        assertThat(after.item("scone")).isEmpty();
        assertThat(after.item("latte").orElseThrow().suggestedItemIds()).doesNotContain("scone");
    }

    @Test
    void anAddedPictureIsOnTheKiosksByTheNameAnItemGivesItAndAFileThatIsNoPictureIsRefused() throws Exception {
        byte[] jpeg = jpegOf(20);
        String image = manager().savePicture(new SavePicture(jpeg)).join().image();
        MenuItem croissant = manager().menu().join().item("croissant").orElseThrow();
        manager().saveItem(new SaveMenuItem(pictured(croissant, image))).join();

        try (CafeConnection kioskScreen = CafeClients.connect(store.server().terminalConfig(Role.KIOSK))) {
            await().atMost(DEADLINE).until(() -> kioskScreen.state() == ConnectionState.CONNECTED);
            assertThat(kioskScreen.kiosk().menu().join().item("croissant").orElseThrow().image()).isEqualTo(image);
            assertThat(kioskScreen.kiosk().picture(image).join().bytes()).isEqualTo(jpeg);
        }
        assertThat(manager().savePicture(new SavePicture(jpeg)).join().image()).as("the same picture again").isEqualTo(image);
        assertThat(problem(Refusal.of(manager().savePicture(new SavePicture("not a picture".getBytes(UTF_8))))))
                .isEqualTo(new MenuEditProblem("not-an-image", "item.picture", null));
        assertThat(problem(Refusal.of(manager().savePicture(new SavePicture(jpegOf(23_000)))))).isEqualTo(
                new MenuEditProblem("picture-heavy", "item.picture", (long) (22 * 1024)));
        assertThat(problem(Refusal.of(manager().saveItem(new SaveMenuItem(pictured(croissant, "added-0000.jpg")))))
                .rule()).isEqualTo("unknown-picture");
    }

    @Test
    void withoutSigningInNothingIsSentAndNoOtherTerminalMayEdit() throws Exception {
        try (CafeConnection otherManagerScreen = CafeClients.connect(store.server().terminalConfig(Role.MANAGER))) {
            assertThat(Refusal.of(otherManagerScreen.manager().saveItem(new SaveMenuItem(item("x", "coffee", 1_000)))).code())
                    .isEqualTo(ErrorCode.SIGN_IN_REQUIRED);
        }
        assertThat(kiosk.request(Addresses.MENU_QUERIES, MessageTypes.GET_MENU, "{}").code()).isNull();
        for (Role role : new Role[] {Role.KIOSK, Role.BARISTA, Role.DISPLAY}) {
            try (TestTerminal terminal = store.terminal(role)) {
                assertThatThrownBy(() -> terminal.request(Addresses.MENU_MANAGER_COMMANDS,
                        MessageTypes.SAVE_MENU_ITEM, new SaveMenuItem(item("x", "coffee", 1_000))))
                        .as(role.name()).isInstanceOf(JMSSecurityException.class);
            }
        }
        try (TestTerminal manager = store.terminal(Role.MANAGER)) {
            assertThat(manager.request(Addresses.MENU_MANAGER_COMMANDS, MessageTypes.SAVE_MENU_ITEM,
                    new SaveMenuItem(item("x", "coffee", 1_000))).code()).as("a manager terminal with no pass")
                    .isEqualTo(ErrorCode.SIGN_IN_REQUIRED.name());
        }
    }

    private static MenuEditProblem problem(CafeException refusal) throws Exception {
        return Json.newMapper().treeToValue(refusal.details(), MenuEditProblem.class);
    }

    private static ManagerClient manager() {
        return managerScreen.manager();
    }

    private static MenuItem item(String id, String categoryId, long priceWon) {
        return new MenuItem(id, categoryId, YUJA, new LocalizedText("", ""), priceWon, List.of(), "americano.png",
                true, 60, List.of());
    }

    private static MenuItem priced(MenuItem item, long priceWon) {
        return new MenuItem(item.id(), item.categoryId(), item.name(), item.description(), priceWon,
                item.optionGroupIds(), item.image(), item.available(), item.prepSeconds(), item.suggestedItemIds());
    }

    private static MenuItem named(MenuItem item, LocalizedText name) {
        return new MenuItem(item.id(), item.categoryId(), name, item.description(), item.basePriceWon(),
                item.optionGroupIds(), item.image(), item.available(), item.prepSeconds(), item.suggestedItemIds());
    }

    private static MenuItem suggesting(MenuItem item, String suggested) {
        return new MenuItem(item.id(), item.categoryId(), item.name(), item.description(), item.basePriceWon(),
                item.optionGroupIds(), item.image(), item.available(), item.prepSeconds(), List.of(suggested));
    }

    /** The first bytes of a JPEG file, then filler to the length asked. */
    private static byte[] jpegOf(int length) {
        byte[] bytes = new byte[length];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private static MenuItem pictured(MenuItem item, String image) {
        return new MenuItem(item.id(), item.categoryId(), item.name(), item.description(), item.basePriceWon(),
                item.optionGroupIds(), image, item.available(), item.prepSeconds(), item.suggestedItemIds());
    }
}
