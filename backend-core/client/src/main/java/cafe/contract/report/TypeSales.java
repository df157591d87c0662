package cafe.contract.report;

import cafe.contract.order.OrderType;

/** The orders of one type (eat in or take away) on a business day, and what they came to. */
public record TypeSales(OrderType type, int orders, long amountWon) {
}
