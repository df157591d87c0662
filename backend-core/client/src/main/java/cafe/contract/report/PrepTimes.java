package cafe.contract.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The bar's preparation times on a business day, by item (slowest average first) and by barista
 * station (the console's station id), with the whole day as {@code overall}.
 */
public record PrepTimes(LocalDate day, PrepTime overall, List<PrepTime> byItem, List<PrepTime> byStation) {

    public PrepTimes {
        byItem = List.copyOf(byItem);
        byStation = List.copyOf(byStation);
    }

    public boolean isEmpty() {
        return overall.tickets() == 0;
    }
}
