package cafe.client;

import cafe.contract.report.OrderSales;
import cafe.contract.report.PaymentTotals;
import cafe.contract.report.PrepTimes;
import cafe.contract.report.ReportDay;
import java.util.concurrent.CompletableFuture;

/**
 * The back office's reports on a business day, each from the context that owns the data, for a
 * signed-in staff member (otherwise they fail with SIGN_IN_REQUIRED). {@link ReportDay#today()}
 * asks for the store's current business day; every answer names the day it covers.
 */
public interface SalesReports {

    /** Ordering: the orders sold and kept, in all, by item, by hour and by order type. */
    CompletableFuture<OrderSales> orderSales(ReportDay day);

    /** Payment: the cards charged, declined and refunded. */
    CompletableFuture<PaymentTotals> paymentTotals(ReportDay day);

    /** The bar: how long tickets took, by item and by station. */
    CompletableFuture<PrepTimes> prepTimes(ReportDay day);
}
