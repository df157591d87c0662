package cafe.core.barista.domain;

import cafe.contract.LocalizedText;
import cafe.contract.report.PrepTime;
import cafe.contract.report.PrepTimes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up how long a day's ready tickets took: started to ready (the barista's making) and paid to
 * ready (the customer's wait), in all, by item (a ticket counts once for each item on it) and by the
 * station that made it.
 */
public final class PrepTally {

    private static final LocalizedText WHOLE_DAY = new LocalizedText("전체", "All");

    private final LocalDate day;
    private final Times overall = new Times("all", WHOLE_DAY);
    private final Map<String, Times> byItem = new LinkedHashMap<>();
    private final Map<String, Times> byStation = new LinkedHashMap<>();

    public PrepTally(LocalDate day) {
        this.day = day;
    }

    /** Counts a ticket that is ready (or picked up); one not made yet is left out. */
    public PrepTally add(Ticket ticket) {
        var made = ticket.startedToReady();
        var waited = ticket.paidToReady();
        if (made.isEmpty() || waited.isEmpty()) {
            return this;
        }
        TicketState state = ticket.state();
        overall.add(made.get(), waited.get());
        byStation.computeIfAbsent(state.station(), id -> new Times(id, new LocalizedText(id, id)))
                .add(made.get(), waited.get());
        state.items().stream().map(item -> byItem.computeIfAbsent(item.itemId(), id -> new Times(id, item.name())))
                .distinct().forEach(times -> times.add(made.get(), waited.get()));
        return this;
    }

    public PrepTimes times() {
        Comparator<PrepTime> slowestFirst = Comparator.comparingLong(PrepTime::averagePrepSeconds).reversed()
                .thenComparing(PrepTime::key);
        return new PrepTimes(day, overall.time(), sorted(byItem, slowestFirst),
                sorted(byStation, Comparator.comparing(PrepTime::key)));
    }

    private static List<PrepTime> sorted(Map<String, Times> times, Comparator<PrepTime> order) {
        return times.values().stream().map(Times::time).sorted(order).toList();
    }

    /** The running sums and maxima of one item, one station or the whole day. */
    private static final class Times {

        private final String key;
        private final LocalizedText name;
        private int tickets;
        private long prepSum;
        private long prepMax;
        private long waitSum;
        private long waitMax;

        Times(String key, LocalizedText name) {
            this.key = key;
            this.name = name;
        }

        void add(Duration made, Duration waited) {
            tickets++;
            prepSum += made.toSeconds();
            prepMax = Math.max(prepMax, made.toSeconds());
            waitSum += waited.toSeconds();
            waitMax = Math.max(waitMax, waited.toSeconds());
        }

        PrepTime time() {
            return new PrepTime(key, name, tickets, average(prepSum), prepMax, average(waitSum), waitMax);
        }

        private long average(long sum) {
            return tickets == 0 ? 0 : Math.round((double) sum / tickets);
        }
    }
}
