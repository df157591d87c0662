package cafe.core.order.application;

import cafe.core.order.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where ordering keeps its orders. */
public interface Orders {

    Optional<Order> find(String orderId);

    /** The order a kiosk already placed with this idempotency key, if any. */
    Optional<Order> findByIdempotencyKey(String idempotencyKey);

    void add(Order order);

    /** Stores the order's new status, payment attempt and failure reason. */
    void update(Order order);

    /** Up to {@code limit} orders declined and left untouched since before {@code before}, oldest first. */
    List<Order> declinedAndLeftSince(Instant before, int limit);
}
