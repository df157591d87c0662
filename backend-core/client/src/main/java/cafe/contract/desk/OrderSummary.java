package cafe.contract.desk;

import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import java.time.Instant;
import java.time.LocalDate;

/** One order in a list of found orders. */
public record OrderSummary(String orderId, int number, LocalDate businessDay, Instant placedAt, long totalWon,
                           OrderStatus status, OrderType orderType) {
}
