package cafe.core.menu;

import static cafe.core.order.Carts.croissant;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cafe.contract.menu.Menu;
import cafe.contract.menu.SetAvailability;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.menu.application.MenuService;
import cafe.core.platform.EventRecorder;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MenuContextTest {

    @TempDir
    Path dataDir;
    private RunningStore store;
    private TestTerminal kiosk;
    private TestTerminal barista;

    @BeforeEach
    void start() throws Exception {
        store = RunningStore.withTestMenu(dataDir);
        kiosk = store.terminal(Role.KIOSK);
        barista = store.terminal(Role.BARISTA);
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
    }

    private Menu menu(TestTerminal terminal) throws Exception {
        Reply reply = terminal.request(Addresses.MENU_QUERIES, MessageTypes.GET_MENU, "{}");
        return terminal.json().convertValue(reply.data(), Menu.class);
    }

    private Reply setAvailability(String itemId, boolean available) throws Exception {
        return barista.request(Addresses.MENU_COMMANDS, MessageTypes.SET_AVAILABILITY,
                new SetAvailability(itemId, available));
    }

    @Test
    void theBundledMenuIsServedFromTheFirstStart() throws Exception {
        Menu menu = menu(kiosk);

        assertThat(menu.version()).isEqualTo(1);
        assertThat(menu.items()).extracting(i -> i.id())
                .containsExactly("americano", "latte", "croissant", "seasonal-ade");
        assertThat(menu.optionGroupsOf(menu.item("latte").orElseThrow())).extracting(g -> g.id())
                .containsExactly("size", "temperature", "syrup");
    }

    @Test
    void aSoldOutItemReachesEveryKioskAndOrderingRefusesIt() throws Exception {
        EventRecorder kioskMenus = kiosk.record(Addresses.MENU_EVENTS);
        assertThat(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, order(3_800, croissant(1)))
                .isOk()).as("priced against the first menu").isTrue();

        Reply reply = setAvailability("croissant", false);

        Menu changed = barista.json().convertValue(reply.data(), Menu.class);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.item("croissant").orElseThrow().available()).isFalse();
        Menu heard = kioskMenus.body(kioskMenus.await(MessageTypes.MENU_CHANGED,
                body -> body.path("version").asLong() == 2), Menu.class);
        assertThat(heard.item("croissant").orElseThrow().available()).isFalse();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(kiosk.request(Addresses.ORDER_COMMANDS,
                MessageTypes.PLACE_ORDER, order(3_800, croissant(1))).code()).isEqualTo("ITEM_SOLD_OUT"));
    }

    @Test
    void settingWhatIsAlreadySetKeepsTheVersion() throws Exception {
        Menu same = barista.json().convertValue(setAvailability("americano", true).data(), Menu.class);

        assertThat(same.version()).isEqualTo(1);
    }

    @Test
    void aSoldOutItemStaysSoldOutAfterARestart() throws Exception {
        setAvailability("latte", false);

        store.restart();

        Menu menu = menu(store.terminal(Role.KIOSK));
        assertThat(menu.version()).isEqualTo(2);
        assertThat(menu.item("latte").orElseThrow().available()).isFalse();
    }

    @Test
    void badAvailabilityCommandsAreRefused() throws Exception {
        assertThat(setAvailability("flat-white", false).code()).isEqualTo("UNKNOWN_ITEM");
        assertThat(barista.request(Addresses.MENU_COMMANDS, MessageTypes.SET_AVAILABILITY,
                Map.of("available", false)).code()).isEqualTo("MISSING_FIELD");
        assertThat(barista.request(Addresses.MENU_COMMANDS, MessageTypes.SET_AVAILABILITY,
                Map.of("itemId", "latte")).code()).as("left out, not read as sold out").isEqualTo("MISSING_FIELD");
        assertThatThrownBy(() -> kiosk.request(Addresses.MENU_COMMANDS, MessageTypes.SET_AVAILABILITY,
                new SetAvailability("croissant", false))).isInstanceOf(JMSSecurityException.class);
        assertThat(menu(kiosk).version()).isEqualTo(1);
    }

    @Test
    void aTerminalTogglingAnItemForEverKeepsOnlyTheBarsNewestVersionsOnDisk() throws Exception {
        int toggles = MenuService.BAR_VERSIONS_KEPT + 20;
        for (int i = 1; i <= toggles; i++) {
            assertThat(setAvailability("croissant", i % 2 == 0).isOk()).isTrue();
        }

        assertThat(store.query("menu", "select count(*) from menu_version where changed_by = 'bar'"))
                .isEqualTo(MenuService.BAR_VERSIONS_KEPT);
        assertThat(store.query("menu", "select count(*) from menu_version where changed_by = 'store'"))
                .as("the bundled menu is not the bar's to forget").isEqualTo(1);
        Menu menu = menu(kiosk);
        assertThat(menu.version()).isEqualTo(1 + toggles);
        assertThat(menu.item("croissant").orElseThrow().available()).isTrue();
    }
}
