package cafe.core.payment.domain;

import cafe.contract.report.PaymentTotals;
import java.time.LocalDate;

/**
 * Adds up the payments settled on one business day: the charges (a refunded one still counts as
 * charged, and again as a refund), the declined attempts, and the refunds.
 */
public final class DayTakings {

    private final LocalDate day;
    private int charges;
    private long chargedWon;
    private int declines;
    private long declinedWon;
    private int refunds;
    private long refundedWon;

    public DayTakings(LocalDate day) {
        this.day = day;
    }

    public DayTakings add(Payment payment) {
        if (payment.status().charged()) {
            charges++;
            chargedWon = Math.addExact(chargedWon, payment.amountWon());
        }
        if (payment.status() == PaymentStatus.REFUNDED) {
            refunds++;
            refundedWon = Math.addExact(refundedWon, payment.amountWon());
        }
        if (payment.status() == PaymentStatus.DECLINED) {
            declines++;
            declinedWon = Math.addExact(declinedWon, payment.amountWon());
        }
        return this;
    }

    public PaymentTotals totals() {
        return new PaymentTotals(day, charges, chargedWon, declines, declinedWon, refunds, refundedWon);
    }
}
