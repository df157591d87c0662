package cafe.kiosk.testing;

import cafe.client.CafeException;
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
import cafe.contract.wire.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A kiosk client whose answers the test gives by hand, for the rules a real broker cannot be made
 * to break on cue (an answer lost in flight), and for view models tested without a server. Every
 * call is recorded; the menu is answered once the test sets one; events go out when the test says.
 */
public final class ScriptedKiosk implements KioskClient {

    public final List<PlaceOrder> placed = new ArrayList<>();
    public final List<RetryPayment> retried = new ArrayList<>();
    public final List<CancelOrder> cancelled = new ArrayList<>();
    public final List<CompletableFuture<OrderAccepted>> acceptances = new ArrayList<>();
    public final List<CompletableFuture<OrderView>> lookups = new ArrayList<>();
    /** The contacts left, as "orderId contact", and their answers, which the test completes. */
    public final List<String> contactsLeft = new ArrayList<>();
    /** The order keys the contacts were left with, in the same order. */
    public final List<String> contactOrderKeys = new ArrayList<>();
    public final List<CompletableFuture<Void>> contactAnswers = new ArrayList<>();
    /** While set, cancellations fail as a dropped link would fail them. */
    public boolean linkDown;
    /** While set, cancellations go unanswered (the link stays up). */
    public boolean cancelUnanswered;
    /** The menu a menu() question is answered with; while null it is not answered. */
    public Menu menu;
    public WaitEstimate wait = new WaitEstimate(0, 0, 1);
    private final List<Consumer<Menu>> menuListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<OrderUpdate>> updateListeners = new CopyOnWriteArrayList<>();

    /** The store publishes a new menu (an 86 at the bar). */
    public void publish(Menu changed) {
        menu = changed;
        menuListeners.forEach(listener -> listener.accept(changed));
    }

    public void publish(OrderUpdate update) {
        updateListeners.forEach(listener -> listener.accept(update));
    }

    @Override
    public CompletableFuture<Menu> menu() {
        return menu == null ? new CompletableFuture<>() : CompletableFuture.completedFuture(menu);
    }

    @Override
    public CompletableFuture<OrderAccepted> placeOrder(PlaceOrder command) {
        placed.add(command);
        return answer();
    }

    @Override
    public CompletableFuture<OrderAccepted> retryPayment(RetryPayment command) {
        retried.add(command);
        return answer();
    }

    @Override
    public CompletableFuture<Void> cancelUnpaid(CancelOrder command) {
        cancelled.add(command);
        if (linkDown) {
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.NOT_CONNECTED, "link down"));
        }
        return cancelUnanswered ? CompletableFuture.failedFuture(new CafeException(ErrorCode.TIMEOUT, "no answer"))
                : CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<OrderView> order(String orderId) {
        CompletableFuture<OrderView> lookup = new CompletableFuture<>();
        lookups.add(lookup);
        return lookup;
    }

    @Override
    public CompletableFuture<MenuPicture> picture(String image) {
        return CompletableFuture.failedFuture(new CafeException(ErrorCode.UNKNOWN_ITEM, "no added picture " + image));
    }

    @Override
    public CompletableFuture<WaitEstimate> waitEstimate() {
        return CompletableFuture.completedFuture(wait);
    }

    @Override
    public Subscription onMenuChanged(Consumer<Menu> listener) {
        menuListeners.add(listener);
        return () -> menuListeners.remove(listener);
    }

    @Override
    public Subscription onOrderUpdate(Consumer<OrderUpdate> listener) {
        updateListeners.add(listener);
        return () -> updateListeners.remove(listener);
    }

    public CompletableFuture<OrderAccepted> lastAcceptance() {
        return acceptances.get(acceptances.size() - 1);
    }

    private CompletableFuture<OrderAccepted> answer() {
        CompletableFuture<OrderAccepted> answer = new CompletableFuture<>();
        acceptances.add(answer);
        return answer;
    }

    @Override
    public CompletableFuture<Void> leaveContact(String orderId, String orderKey, String contact) {
        contactsLeft.add(orderId + " " + contact);
        contactOrderKeys.add(orderKey);
        CompletableFuture<Void> answer = new CompletableFuture<>();
        contactAnswers.add(answer);
        return answer;
    }
}
