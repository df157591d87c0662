package cafe.kiosk.testing;

import cafe.client.ConnectionState;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.OrderView;
import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.i18n.KioskTexts;
import cafe.kiosk.pay.SimulatedCard;
import cafe.terminal.i18n.Texts;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.ScriptedConnection;
import java.time.Duration;
import java.util.List;

/**
 * The kiosk's view models without a toolkit or a server: connected to a {@link ScriptedConnection}
 * with the small test menu, on a clock the test moves, answers handled on the calling thread.
 */
public final class OpenKiosk {

    public static final String ORDER = "order-1";

    public final MutableClock clock = MutableClock.at("2026-12-02T01:00:00Z");
    /** The store as the kiosk hears it: its menu, its answers, its events. */
    public final ScriptedKiosk store = new ScriptedKiosk();
    /** The kiosk's link to the store, which the test drops and restores. */
    public final ScriptedConnection link = ScriptedConnection.ofKiosk(store);
    public final KioskViewModel kiosk;

    private OpenKiosk(Texts texts, Menu menu) {
        kiosk = new KioskViewModel(link, "kiosk-1", texts, clock, Runnable::run);
        store.menu = menu;
        kiosk.open();
        link.set(ConnectionState.CONNECTED);
    }

    /** On the start screen, in Korean, with {@link Menus#standard()}. */
    public static OpenKiosk open() {
        return new OpenKiosk(KioskTexts.korean(), Menus.standard());
    }

    public static OpenKiosk open(Texts texts) {
        return new OpenKiosk(texts, Menus.standard());
    }

    /** Dine in: on the menu. */
    public OpenKiosk atTheMenu() {
        kiosk.startScreen().dineIn();
        return this;
    }

    /** Puts one of the item, with its usual options, into the cart through the item dialog. */
    public OpenKiosk add(MenuItem item) {
        kiosk.menuScreen().open(item);
        kiosk.itemDialog().add();
        return this;
    }

    /** From the cart: pays, presents the card, and the store accepts the order as number {@code number}. */
    public OpenKiosk paysWith(SimulatedCard card, int number) {
        kiosk.cartScreen().pay();
        kiosk.paymentScreen().present(card);
        store.lastAcceptance().complete(new OrderAccepted(ORDER, number, kiosk.cart().totalWon().get(),
                OrderStatus.CREATED, 1));
        return this;
    }

    /** The store says the order is paid. */
    public void paid(int number) {
        store.publish(new OrderUpdate(ORDER, number, OrderStatus.PAID, null, null));
    }

    /** The store answers the kiosk's question about the order: declined, with this reason. */
    public void declined(int number, String reason) {
        answered(number, OrderStatus.PAYMENT_FAILED, reason);
    }

    /** The store answers the kiosk's question about the order: it is in this state. */
    public void answered(int number, OrderStatus status) {
        answered(number, status, null);
    }

    private void answered(int number, OrderStatus status, String reason) {
        store.lookups.get(store.lookups.size() - 1).complete(new OrderView(ORDER, number, status, OrderType.DINE_IN,
                List.of(), 0, clock.instant(), reason));
    }

    /** Time passes on the kiosk's clock, and its one-second timer ticks. */
    public void pass(Duration time) {
        clock.advance(time);
        kiosk.tick();
    }
}
