package cafe.core.barista.application;

import cafe.contract.report.PrepTimes;
import cafe.core.barista.domain.PrepTally;
import cafe.core.shared.BusinessDays;
import java.time.LocalDate;

/** The back office's question to the bar: how long did a business day's tickets take? Inside a transaction. */
public final class PrepReport {

    private final Tickets tickets;
    private final BusinessDays days;

    public PrepReport(Tickets tickets, BusinessDays days) {
        this.tickets = tickets;
        this.days = days;
    }

    public PrepTimes of(LocalDate day) {
        var tally = new PrepTally(day);
        tickets.readyBetween(days.startOf(day), days.endOf(day)).forEach(tally::add);
        return tally.times();
    }
}
