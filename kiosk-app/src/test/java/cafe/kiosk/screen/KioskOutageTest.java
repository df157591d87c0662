package cafe.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import cafe.kiosk.testing.KioskStage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The back-office PC goes down while a customer is ordering, and comes back. */
class KioskOutageTest {

    @TempDir
    Path data;
    private RunningStore store;
    private KioskStage kiosk;

    @BeforeEach
    void openTheStore() throws Exception {
        store = new RunningStore(StoreConfig.forTests(data));
        kiosk = KioskStage.open(store);
    }

    @AfterEach
    void closeEverything() throws Exception {
        kiosk.close();
        store.close();
    }

    @Test
    void orderingPausesWithAClearMessageKeepsTheCartAndCarriesOnWhenTheServerIsBack() throws Exception {
        kiosk.tap("start-dine-in").tap("item-americano").tap("item-add");

        store.stop();
        kiosk.until(() -> kiosk.visible("offline-overlay"));
        assertThat(kiosk.text("offline-title")).isEqualTo("매장 서버와 연결이 끊겼습니다. 다시 연결하는 중입니다…");
        assertThat(kiosk.text("connection-badge")).isEqualTo("매장 연결 끊김");
        assertThat(kiosk.node("cart-button").isDisabled()).as("ordering is paused: nothing under the overlay works")
                .isTrue();

        store.start();
        kiosk.until(() -> !kiosk.visible("offline-overlay"));
        assertThat(kiosk.text("cart-summary")).as("the cart is kept").isEqualTo("담은 메뉴 1개 · 4,500원");
        kiosk.tap("cart-button").tap("pay-button").tap("card-approve");
        kiosk.skipContact();
        assertThat(store.query("ordering", "select count(*) from customer_order where status <> 'CREATED'"))
                .isEqualTo(1);
    }

    @Test
    void aPaymentWhoseAnswerIsLostIsAskedAgainAndChargedOnce() throws Exception {
        kiosk.tap("start-dine-in").tap("item-americano").tap("item-add").tap("cart-button").tap("pay-button");
        store.stop();
        kiosk.until(() -> kiosk.visible("offline-overlay"));

        // the card was tapped just as the link went: the answer to PlaceOrder never comes
        kiosk.onFx(() -> kiosk.viewModel().checkout().present(cafe.kiosk.pay.SimulatedCard.APPROVE.read()));
        kiosk.until(() -> kiosk.visible("waiting-for-store"));
        assertThat(kiosk.visible("offline-overlay")).as("the payment screen says itself what it waits for").isFalse();
        assertThat(kiosk.visible("order-number")).isFalse();

        store.start();
        kiosk.skipContact();
        assertThat(store.query("ordering", "select count(*) from customer_order")).isEqualTo(1);
        assertThat(store.query("payment", "select count(*) from payment")).isEqualTo(1);
    }
}
