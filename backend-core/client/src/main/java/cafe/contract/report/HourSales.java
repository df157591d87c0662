package cafe.contract.report;

/** The orders placed within one local hour (0-23) of a business day, and what they came to. */
public record HourSales(int hour, int orders, long amountWon) {
}
