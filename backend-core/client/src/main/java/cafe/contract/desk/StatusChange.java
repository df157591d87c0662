package cafe.contract.desk;

import cafe.contract.order.OrderStatus;
import java.time.Instant;

/**
 * One step of an order's life as ordering recorded it: the status it moved to and when; for a
 * staff cancellation, who and why ({@code staffId}, {@code staffName}, {@code note}); a refund
 * ordering heard of is a note on a CANCELLED step.
 */
public record StatusChange(OrderStatus status, Instant at, String staffId, String staffName, String note) {
}
