package cafe.contract.report;

import java.time.LocalDate;

/**
 * Payment's view of a business day: the cards charged (including those later refunded), the
 * attempts declined, and the refunds of that day's charges, each as a count and an amount. A refund
 * counts on the day of the charge it gives back, so {@link #netWon()} is what the day's kept orders
 * came to, whenever the refund happened.
 */
public record PaymentTotals(LocalDate day, int charges, long chargedWon, int declines, long declinedWon,
                            int refunds, long refundedWon) {

    public long netWon() {
        return chargedWon - refundedWon;
    }
}
