package cafe.core.order.domain;

import cafe.contract.order.OrderStatus;
import java.time.Instant;

/** One recorded step of an order's life: the status it moved to, when, and its cause. */
public record OrderStep(OrderStatus status, Instant at, StepCause cause) {
}
