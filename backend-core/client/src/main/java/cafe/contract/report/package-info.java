/**
 * The back office's reports on one business day, each answered by the context that owns the data:
 * ordering's sales ({@link cafe.contract.report.OrderSales}), payment's money
 * ({@link cafe.contract.report.PaymentTotals}) and the bar's preparation times
 * ({@link cafe.contract.report.PrepTimes}). The manager screen asks each and puts them together.
 */
package cafe.contract.report;
