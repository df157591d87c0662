package cafe.contract.report;

import java.time.LocalDate;

/** Which business day a report covers; null asks for the store's current business day. */
public record ReportDay(LocalDate day) {

    /** The hour a store's business day starts: a late night's orders belong to the day before. */
    public static final int START_HOUR = 4;

    public static ReportDay today() {
        return new ReportDay(null);
    }
}
