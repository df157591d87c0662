package cafe.core.simulation;

import cafe.contract.order.OrderStatus;
import cafe.core.bench.Percentiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a simulation saw: how many orders were placed, paid, declined (and paid again), made ready
 * and picked up, which never finished, and how long the store took, as percentiles.
 */
public record SimulationReport(SimulationSettings settings, int placed, Map<String, Integer> refused, int paid,
                               int declines, int declinedOrders, int ready, int pickedUp, int cancelled,
                               List<String> unfinished, double seconds, Percentiles placeReply,
                               Percentiles untilPaid, Percentiles untilPickedUp) {

    static SimulationReport of(SimulationSettings settings, OrderBook book, double seconds) {
        List<OrderTrace> ours = book.ours();
        return new SimulationReport(settings, ours.size(), book.refusals(),
                count(ours, t -> t.reached(OrderStatus.PAID)),
                (int) ours.stream().mapToLong(OrderTrace::declines).sum(),
                count(ours, t -> t.declines() > 0),
                count(ours, t -> t.reached(OrderStatus.READY)),
                count(ours, t -> t.reached(OrderStatus.PICKED_UP)),
                count(ours, t -> t.reached(OrderStatus.CANCELLED)),
                ours.stream().filter(t -> !t.finished()).map(OrderTrace::path).toList(),
                seconds,
                Percentiles.of(ours.stream().map(OrderTrace::placeMillis).toList()),
                latencies(ours, t -> t.millisUntil(OrderStatus.PAID)),
                latencies(ours, t -> t.millisUntil(OrderStatus.PICKED_UP)));
    }

    private static int count(List<OrderTrace> traces, Predicate<OrderTrace> test) {
        return (int) traces.stream().filter(test).count();
    }

    private static Percentiles latencies(List<OrderTrace> traces, Function<OrderTrace, Optional<Double>> latency) {
        return Percentiles.of(traces.stream().map(latency).flatMap(Optional::stream).toList());
    }

    /** True when every order asked for was placed and picked up. */
    public boolean allPickedUp() {
        return pickedUp == settings.orders();
    }

    public double ordersPerSecond() {
        return seconds == 0 ? 0 : pickedUp / seconds;
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Summary: %d orders asked of %d kiosks, %d baristas: %.1f s, "
                + "%.1f orders/s picked up%n", settings.orders(), settings.kiosks(), settings.baristas(), seconds,
                ordersPerSecond()));
        out.append(String.format("  placed %d, refused %d%s, paid %d, declined %d times (%d orders), ready %d, "
                        + "picked up %d, cancelled %d, unfinished %d%n", placed, refused.values().stream()
                        .mapToInt(Integer::intValue).sum(), refused.isEmpty() ? "" : " " + refused, paid, declines,
                declinedOrders, ready, pickedUp, cancelled, unfinished.size()));
        out.append(String.format("  %-17s %8s %8s %8s %8s%n", "latency (ms)", "p50", "p90", "p99", "max"));
        out.append(placeReply.row("PlaceOrder reply"));
        out.append(untilPaid.row("placed -> PAID"));
        out.append(untilPickedUp.row("placed -> PICKED_UP"));
        unfinished.forEach(path -> out.append("  unfinished ").append(path).append(System.lineSeparator()));
        out.append(allPickedUp() ? "All " + pickedUp + " orders PICKED_UP" : "NOT all orders were picked up: "
                + pickedUp + " of " + settings.orders());
        return out.append(System.lineSeparator()).toString();
    }
}
