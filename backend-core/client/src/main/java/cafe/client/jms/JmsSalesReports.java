package cafe.client.jms;

import cafe.client.SalesReports;
import cafe.contract.report.OrderSales;
import cafe.contract.report.PaymentTotals;
import cafe.contract.report.PrepTimes;
import cafe.contract.report.ReportDay;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import java.util.concurrent.CompletableFuture;

/** The day's reports, each asked of its own context under the signed-in staff member's pass. */
final class JmsSalesReports implements SalesReports {

    private final StaffRequests requests;

    JmsSalesReports(StaffRequests requests) {
        this.requests = requests;
    }

    @Override
    public CompletableFuture<OrderSales> orderSales(ReportDay day) {
        return requests.send(Addresses.ORDER_REPORTS, MessageTypes.GET_ORDER_SALES, day, OrderSales.class);
    }

    @Override
    public CompletableFuture<PaymentTotals> paymentTotals(ReportDay day) {
        return requests.send(Addresses.PAYMENT_REPORTS, MessageTypes.GET_PAYMENT_TOTALS, day, PaymentTotals.class);
    }

    @Override
    public CompletableFuture<PrepTimes> prepTimes(ReportDay day) {
        return requests.send(Addresses.BARISTA_REPORTS, MessageTypes.GET_PREP_TIMES, day, PrepTimes.class);
    }
}
