package cafe.core.shared;

import cafe.contract.report.ReportDay;
import java.time.LocalDate;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A back-office report on one business day, read in one transaction from its context's own data;
 * who read which day is logged. No day asked for means the store's current business day.
 */
public final class DayReport<T> {

    private static final Logger log = LoggerFactory.getLogger(DayReport.class);

    private final String name;
    private final BusinessDays days;
    private final Transactions transactions;
    private final Function<LocalDate, T> read;

    public DayReport(String name, BusinessDays days, Transactions transactions, Function<LocalDate, T> read) {
        this.name = name;
        this.days = days;
        this.transactions = transactions;
        this.read = read;
    }

    public T answer(ReportDay asked, Staff staff) {
        LocalDate day = days.orToday(asked.day());
        T report = transactions.inTransaction(() -> read.apply(day));
        log.info("{} read the {} of {}", staff, name, day);
        return report;
    }
}
