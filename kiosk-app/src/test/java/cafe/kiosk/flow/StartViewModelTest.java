package cafe.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import cafe.client.ConnectionState;
import cafe.contract.order.OrderType;
import cafe.kiosk.i18n.KioskTexts;
import cafe.kiosk.testing.Menus;
import cafe.kiosk.testing.OpenKiosk;
import cafe.kiosk.testing.ScriptedKiosk;
import cafe.terminal.i18n.Texts;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.ScriptedConnection;
import org.junit.jupiter.api.Test;

class StartViewModelTest {

    @Test
    void theChoicesWaitForTheStoreAndItsMenu() {
        ScriptedKiosk store = new ScriptedKiosk();
        ScriptedConnection link = ScriptedConnection.ofKiosk(store);
        KioskViewModel kiosk = new KioskViewModel(link, "kiosk-1", KioskTexts.korean(),
                MutableClock.at("2026-12-02T01:00:00Z"), Runnable::run);
        kiosk.open();
        StartViewModel start = kiosk.startScreen();
        assertThat(start.canBegin().get()).isFalse();

        link.set(ConnectionState.CONNECTED);
        assertThat(start.canBegin().get()).as("connected, but no menu yet").isFalse();
        start.dineIn();
        assertThat(kiosk.screenProperty().get()).isEqualTo(Screen.START);

        store.publish(Menus.standard());
        assertThat(start.canBegin().get()).isTrue();
    }

    @Test
    void takeOutOpensTheMenuForATakeOutOrder() {
        OpenKiosk open = OpenKiosk.open();

        open.kiosk.startScreen().takeOut();

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.MENU);
        assertThat(open.kiosk.cartScreen().orderTypeProperty().get()).isEqualTo(OrderType.TAKE_OUT);
    }
}
