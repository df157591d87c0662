package cafe.console.manager.sales;

import cafe.contract.report.OrderSales;
import cafe.contract.report.PaymentTotals;
import java.time.LocalDate;

/**
 * One business day's sales as the screen puts them together: ordering's orders (by item, hour and
 * type) beside payment's money. Gross is what the cards were charged, net what stays after the
 * refunds, which is what the kept orders came to.
 */
public record DaySales(OrderSales orders, PaymentTotals payments) {

    public LocalDate day() {
        return orders.day();
    }

    public long grossWon() {
        return payments.chargedWon();
    }

    public long refundedWon() {
        return payments.refundedWon();
    }

    public long netWon() {
        return payments.netWon();
    }

    /** Nothing happened at the till that day: no order, no card tried. */
    public boolean isEmpty() {
        return orders.isEmpty() && payments.charges() == 0 && payments.declines() == 0;
    }
}
