package cafe.contract.barista;

/** The business day so far at the bar. Times are seconds from payment to ready. */
public record DayStats(int ordersCompleted, long averagePrepSeconds, long worstPrepSeconds,
                       int queueLength, int estimatedWaitMinutes) {
}
