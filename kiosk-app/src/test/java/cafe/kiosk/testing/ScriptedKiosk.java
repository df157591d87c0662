package cafe.kiosk.testing;

import cafe.client.KioskClient;
import cafe.client.Subscription;
import cafe.contract.menu.Menu;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.OrderView;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.WaitEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A kiosk client whose answers the test gives by hand, for the payment rules that a real broker
 * cannot be made to break on cue (an answer lost in flight). Every call is recorded.
 */
public final class ScriptedKiosk implements KioskClient {

    public final List<PlaceOrder> placed = new ArrayList<>();
    public final List<RetryPayment> retried = new ArrayList<>();
    public final List<CancelOrder> cancelled = new ArrayList<>();
    public final List<CompletableFuture<OrderAccepted>> acceptances = new ArrayList<>();
    public final List<CompletableFuture<OrderView>> lookups = new ArrayList<>();
    /** While set, cancellations fail as a dropped link would fail them. */
    public boolean linkDown;

    @Override
    public CompletableFuture<Menu> menu() {
        return new CompletableFuture<>();
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
        return linkDown ? CompletableFuture.failedFuture(new cafe.client.CafeException(
                cafe.contract.wire.ErrorCode.NOT_CONNECTED, "link down")) : CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<OrderView> order(String orderId) {
        CompletableFuture<OrderView> lookup = new CompletableFuture<>();
        lookups.add(lookup);
        return lookup;
    }

    @Override
    public CompletableFuture<WaitEstimate> waitEstimate() {
        return CompletableFuture.completedFuture(new WaitEstimate(0, 0, 1));
    }

    @Override
    public Subscription onMenuChanged(Consumer<Menu> listener) {
        return () -> { };
    }

    @Override
    public Subscription onOrderUpdate(Consumer<OrderUpdate> listener) {
        return () -> { };
    }

    public CompletableFuture<OrderAccepted> lastAcceptance() {
        return acceptances.get(acceptances.size() - 1);
    }

    private CompletableFuture<OrderAccepted> answer() {
        CompletableFuture<OrderAccepted> answer = new CompletableFuture<>();
        acceptances.add(answer);
        return answer;
    }
}
