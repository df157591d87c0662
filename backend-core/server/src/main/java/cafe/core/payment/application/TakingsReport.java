package cafe.core.payment.application;

import cafe.contract.report.PaymentTotals;
import cafe.core.payment.domain.DayTakings;
import cafe.core.shared.BusinessDays;
import java.time.LocalDate;

/** The back office's question to payment: what did the cards bring in on a business day? Inside a transaction. */
public final class TakingsReport {

    private final SettledPayments payments;
    private final BusinessDays days;

    public TakingsReport(SettledPayments payments, BusinessDays days) {
        this.payments = payments;
        this.days = days;
    }

    public PaymentTotals of(LocalDate day) {
        var takings = new DayTakings(day);
        payments.settledBetween(days.startOf(day), days.endOf(day)).forEach(takings::add);
        return takings.totals();
    }
}
