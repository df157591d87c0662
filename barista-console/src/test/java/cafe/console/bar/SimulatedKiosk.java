package cafe.console.bar;

import static cafe.console.bar.LiveStore.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.KioskClient;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.order.CartLine;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderView;
import cafe.contract.wire.Role;
import cafe.core.order.Carts;
import cafe.core.server.RunningStore;

/**
 * A self-order kiosk as the store sees one: its own link with the kiosk role, the real
 * {@link KioskClient}, carts priced from the server's menu and paid with the approving test card.
 */
final class SimulatedKiosk implements AutoCloseable {

    private final CafeConnection connection;

    private SimulatedKiosk(CafeConnection connection) {
        this.connection = connection;
    }

    static SimulatedKiosk connect(RunningStore store) {
        return new SimulatedKiosk(CafeClients.connect(store.server().terminalConfig(Role.KIOSK)));
    }

    KioskClient client() {
        return connection.kiosk();
    }

    /** Pays for the cart and waits until the bar has queued the order, so orders reach it in this order. */
    OrderAccepted pay(CartLine... lines) {
        LiveStore.awaitConnected(connection);
        OrderAccepted accepted = answer(client().placeOrder(Carts.order(totalOf(menu(), lines), lines)));
        awaitStatus(accepted, OrderStatus.QUEUED);
        return accepted;
    }

    /** The menu as the server gives it to a kiosk now. */
    Menu menu() {
        return answer(client().menu());
    }

    /** The order as the server knows it now. */
    OrderView order(OrderAccepted order) {
        return answer(client().order(order.orderId()));
    }

    /** Waits, with a deadline, until the server has the order in this status. */
    void awaitStatus(OrderAccepted order, OrderStatus status) {
        await().atMost(ConsoleFixture.PATIENCE).untilAsserted(() ->
                assertThat(order(order).status()).as("order %d", order.orderNumber()).isEqualTo(status));
    }

    @Override
    public void close() {
        connection.close();
    }

    /** What the kiosk's cart sums to: base price and option deltas, times the quantity. */
    private static long totalOf(Menu menu, CartLine... lines) {
        long total = 0;
        for (CartLine line : lines) {
            MenuItem item = menu.item(line.itemId()).orElseThrow();
            long deltas = menu.optionGroupsOf(item).stream().flatMap(g -> g.options().stream())
                    .filter(o -> line.optionIds().contains(o.id())).mapToLong(MenuOption::priceDeltaWon).sum();
            total += (item.basePriceWon() + deltas) * line.quantity();
        }
        return total;
    }
}
