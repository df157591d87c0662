package cafe.core.order.application;

import cafe.contract.report.OrderSales;
import cafe.core.order.domain.SalesTally;
import cafe.core.shared.BusinessDays;
import java.time.LocalDate;

/** The back office's question to ordering: what did a business day sell? Inside a transaction. */
public final class SalesReport {

    private final SoldOrders sold;
    private final BusinessDays days;

    public SalesReport(SoldOrders sold, BusinessDays days) {
        this.sold = sold;
        this.days = days;
    }

    public OrderSales of(LocalDate day) {
        var tally = new SalesTally(day, days.zone(), days.startHour());
        sold.soldOn(day).forEach(tally::add);
        return tally.sales();
    }
}
