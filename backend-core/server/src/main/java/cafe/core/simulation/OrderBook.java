package cafe.core.simulation;

import cafe.contract.barista.TicketEvent;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderUpdate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every order the simulation heard of, by id, fed by one kiosk's order-update subscription (until
 * paid, failed or cancelled) and the bar console's ticket events (the steps after). Calls the printer
 * once for each order of this simulation that reaches PICKED_UP or CANCELLED.
 */
final class OrderBook {

    private final Map<String, OrderTrace> traces = new ConcurrentHashMap<>();
    private final Map<String, Boolean> reported = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final Consumer<OrderTrace> printer;

    OrderBook(Consumer<OrderTrace> printer) {
        this.printer = printer;
    }

    OrderTrace trace(String orderId) {
        return traces.computeIfAbsent(orderId, OrderTrace::new);
    }

    void heard(OrderUpdate update) {
        OrderTrace trace = trace(update.orderId());
        trace.heard(update, System.nanoTime());
        reportIfFinished(trace);
    }

    /** The bar moved the order's ticket: the order is at the status of the same name, as ordering has it. */
    void heard(TicketEvent event) {
        OrderTrace trace = trace(event.ticket().orderId());
        trace.barMoved(OrderStatus.valueOf(event.ticket().status().name()), System.nanoTime());
        reportIfFinished(trace);
    }

    /** After the kiosk recorded its placement: an order may have finished before. */
    void reportIfFinished(OrderTrace trace) {
        if (trace.ours() && trace.finished() && reported.putIfAbsent(trace.orderId(), true) == null) {
            synchronized (this) {
                printer.accept(trace);
                notifyAll();
            }
        }
    }

    /** A PlaceOrder the store refused or never answered, by error code. */
    void refused(String code) {
        refusals.merge(code, 1, Integer::sum);
    }

    Map<String, Integer> refusals() {
        return Map.copyOf(refusals);
    }

    /** The orders this simulation placed, in order-number order. */
    List<OrderTrace> ours() {
        return traces.values().stream().filter(OrderTrace::ours)
                .sorted(Comparator.comparingInt(OrderTrace::number)).toList();
    }

    /** Waits until {@code expected} orders of ours finished, or the deadline passes; true if they did. */
    synchronized boolean awaitFinished(int expected, long deadlineNanos) throws InterruptedException {
        while (reported.size() < expected) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
