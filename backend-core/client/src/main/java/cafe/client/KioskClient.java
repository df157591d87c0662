package cafe.client;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuPicture;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.OrderView;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.WaitEstimate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What a self-order kiosk may ask of the StoreServer. */
public interface KioskClient {

    CompletableFuture<Menu> menu();

    /** A picture a manager added, for an item whose image names one ({@link cafe.contract.menu.MenuItem#isAddedPicture}). */
    CompletableFuture<MenuPicture> picture(String image);

    /** Places and starts paying an order; the outcome of payment arrives as an OrderUpdate. */
    CompletableFuture<OrderAccepted> placeOrder(PlaceOrder command);

    CompletableFuture<OrderAccepted> retryPayment(RetryPayment command);

    /** Abandons an unpaid order. */
    CompletableFuture<Void> cancelUnpaid(CancelOrder command);

    CompletableFuture<OrderView> order(String orderId);

    CompletableFuture<WaitEstimate> waitEstimate();

    Subscription onMenuChanged(Consumer<Menu> listener);

    /**
     * Every order's news until it is paid, its payment failed or it is cancelled (see {@link OrderUpdate});
     * an order's steps at the bar are not told here, {@link #order} answers them.
     */
    Subscription onOrderUpdate(Consumer<OrderUpdate> listener);

    /**
     * Passes on the phone number or e-mail address a customer typed for "your order is ready" (and,
     * for an e-mail, the receipt), for the order this kiosk placed with {@code orderKey} (its
     * PlaceOrder's idempotency key). Fails with CONTACT_INVALID when it is neither, FORBIDDEN when the
     * key is not the order's; nothing can read it back.
     */
    CompletableFuture<Void> leaveContact(String orderId, String orderKey, String contact);
}
