package cafe.client.jms;

import static cafe.contract.wire.Addresses.BARISTA_QUERIES;
import static cafe.contract.wire.Addresses.ORDER_COMMANDS;
import static cafe.contract.wire.Addresses.ORDER_EVENTS;

import cafe.client.KioskClient;
import cafe.client.Subscription;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuPicture;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.OrderView;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.WaitEstimate;
import cafe.contract.receipt.LeaveContact;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Selectors;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The kiosk's calls, each on the address {@link cafe.contract.wire.Addresses} gives it. */
final class JmsKioskClient implements KioskClient {

    private final Requests requests;
    private final EventFeeds feeds;
    private final MenuCalls menus;

    JmsKioskClient(Requests requests, EventFeeds feeds, MenuCalls menus) {
        this.requests = requests;
        this.feeds = feeds;
        this.menus = menus;
    }

    @Override
    public CompletableFuture<Menu> menu() {
        return menus.menu();
    }

    @Override
    public CompletableFuture<MenuPicture> picture(String image) {
        return menus.picture(image);
    }

    @Override
    public CompletableFuture<OrderAccepted> placeOrder(PlaceOrder command) {
        return requests.send(ORDER_COMMANDS, MessageTypes.PLACE_ORDER, command, OrderAccepted.class);
    }

    @Override
    public CompletableFuture<OrderAccepted> retryPayment(RetryPayment command) {
        return requests.send(ORDER_COMMANDS, MessageTypes.RETRY_PAYMENT, command, OrderAccepted.class);
    }

    @Override
    public CompletableFuture<Void> cancelUnpaid(CancelOrder command) {
        return requests.send(ORDER_COMMANDS, MessageTypes.CANCEL_ORDER, command, Void.class);
    }

    @Override
    public CompletableFuture<OrderView> order(String orderId) {
        return requests.send(ORDER_COMMANDS, MessageTypes.GET_ORDER, Map.of("orderId", orderId), OrderView.class);
    }

    @Override
    public CompletableFuture<WaitEstimate> waitEstimate() {
        return requests.query(BARISTA_QUERIES, MessageTypes.GET_WAIT_ESTIMATE, WaitEstimate.class);
    }

    @Override
    public Subscription onMenuChanged(Consumer<Menu> listener) {
        return menus.onMenuChanged(listener);
    }

    @Override
    public Subscription onOrderUpdate(Consumer<OrderUpdate> listener) {
        return feeds.subscribe(ORDER_EVENTS, Selectors.typeIs(MessageTypes.ORDER_UPDATED), OrderUpdate.class,
                listener);
    }

    @Override
    public CompletableFuture<Void> leaveContact(String orderId, String orderKey, String contact) {
        return requests.send(Addresses.NOTIFICATION_COMMANDS, MessageTypes.LEAVE_CONTACT,
                new LeaveContact(orderId, orderKey, contact), Void.class);
    }
}
