package cafe.core.barista.domain;

import java.util.List;

/**
 * The drinks still to make, and how long the bar needs for them when its baristas share the
 * work: the sum of each waiting line's usual prep time, divided among the baristas.
 */
public record Workload(int orders, int drinks, long prepSeconds) {

    public static Workload of(List<Ticket> waiting) {
        return new Workload(waiting.size(), waiting.stream().mapToInt(Ticket::remainingDrinks).sum(),
                waiting.stream().mapToLong(Ticket::remainingPrepSeconds).sum());
    }

    /** Whole minutes, rounded up, until the bar is through this work. */
    public int minutesWith(int baristas) {
        if (baristas < 1) {
            throw new IllegalArgumentException("at least one barista, was " + baristas);
        }
        long seconds = (prepSeconds + baristas - 1) / baristas;
        return (int) ((seconds + 59) / 60);
    }
}
