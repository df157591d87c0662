package cafe.core.order.application;

import cafe.contract.order.OrderStatus;
import cafe.core.order.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Orders kept in a map, for testing the use cases without a database. */
final class InMemoryOrders implements Orders {

    private final Map<String, Order> orders = new LinkedHashMap<>();

    @Override
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public Optional<Order> findByIdempotencyKey(String idempotencyKey) {
        return orders.values().stream().filter(o -> o.identity().idempotencyKey().equals(idempotencyKey)).findFirst();
    }

    @Override
    public void add(Order order) {
        orders.put(order.id(), order);
    }

    @Override
    public void update(Order order) {
        orders.put(order.id(), order);
    }

    /** Every declined order counts as left: the tests say when time has passed by calling. */
    @Override
    public List<Order> declinedAndLeftSince(Instant before, int limit) {
        return orders.values().stream().filter(o -> o.status() == OrderStatus.PAYMENT_FAILED).limit(limit).toList();
    }
}
