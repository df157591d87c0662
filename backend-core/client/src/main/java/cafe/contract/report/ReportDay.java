package cafe.contract.report;

import java.time.LocalDate;

/** Which business day a report covers; null asks for the store's current business day. */
public record ReportDay(LocalDate day) {

    public static ReportDay today() {
        return new ReportDay(null);
    }
}
