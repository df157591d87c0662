package cafe.contract.report;

import cafe.contract.LocalizedText;

/**
 * How long tickets took at the bar, for one item or one station: over {@code tickets} tickets made
 * ready that day, the average and slowest time from a barista starting the ticket to ready, and
 * from the ticket's arrival at the bar (its payment) to ready. Seconds.
 */
public record PrepTime(String key, LocalizedText name, int tickets, long averagePrepSeconds, long slowestPrepSeconds,
                       long averageWaitSeconds, long slowestWaitSeconds) {
}
