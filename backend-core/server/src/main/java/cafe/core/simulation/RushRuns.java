package cafe.core.simulation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The life-cycle run repeated on one store. A single run of a few seconds moves with whatever else
 * the machine does meanwhile; the median run is its figure, and every run's rate is shown beside it.
 */
record RushRuns(List<SimulationReport> runs) {

    RushRuns {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("at least one run");
        }
        runs = List.copyOf(runs);
    }

    /** The run whose rate is the median (the lower middle one of an even count). */
    SimulationReport median() {
        List<SimulationReport> byRate = runs.stream()
                .sorted(Comparator.comparingDouble(SimulationReport::ordersPerSecond)).toList();
        return byRate.get((byRate.size() - 1) / 2);
    }

    boolean allPickedUp() {
        return runs.stream().allMatch(SimulationReport::allPickedUp);
    }

    int placed() {
        return runs.stream().mapToInt(SimulationReport::placed).sum();
    }

    int pickedUp() {
        return runs.stream().mapToInt(SimulationReport::pickedUp).sum();
    }

    /** Each run's rate in the order they ran: "96.2, 104.0, 118.7". */
    String rates() {
        return runs.stream().map(run -> rate(run.ordersPerSecond())).collect(Collectors.joining(", "));
    }

    /**
     * A rate to one decimal, cut rather than rounded: 99.96 orders/s misses the 100 of the target, and
     * is shown as 99.9, not as the 100 it missed.
     */
    static String rate(double ordersPerSecond) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(ordersPerSecond * 10) / 10);
    }
}
