package cafe.core.bench;

import java.util.List;

/** Latencies in milliseconds: how many, the median, the 90th and 99th percentiles and the worst. */
public record Percentiles(int count, double p50, double p90, double p99, double max) {

    public static Percentiles of(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return new Percentiles(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    /** Nearest rank: the smallest value that at least the share of all values do not exceed. */
    private static double rank(List<Double> sorted, double share) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(share * sorted.size()) - 1);
    }

    /** One line of a report's table: the name, then p50, p90, p99 and the worst. */
    public String row(String what) {
        return String.format("  %-17s %8.1f %8.1f %8.1f %8.1f%n", what, p50, p90, p99, max);
    }
}
