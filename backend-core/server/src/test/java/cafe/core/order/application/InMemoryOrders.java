package cafe.core.order.application;

import cafe.contract.order.OrderStatus;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Orders kept in a map, for testing the use cases without a database. */
final class InMemoryOrders implements Orders {

    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Long> ticketVersions = new LinkedHashMap<>();

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

    @Override
    public Optional<OrderStatus> statusOf(String orderId) {
        return find(orderId).map(Order::status);
    }

    @Override
    public Optional<BarStanding> barStanding(String orderId) {
        return find(orderId).map(order -> new BarStanding(order.status(), ticketVersions.getOrDefault(orderId, 0L)));
    }

    @Override
    public void followedTicket(String orderId, long ticketVersion) {
        ticketVersions.put(orderId, ticketVersion);
    }

    @Override
    public void moveTo(String orderId, OrderStatus status, long ticketVersion) {
        ticketVersions.put(orderId, ticketVersion);
        Order o = orders.get(orderId);
        orders.put(orderId, new Order(o.identity(), o.orderType(), o.lines(), o.contact(), status, o.paymentAttempt(),
                o.failureReason()));
    }

    /** Every declined order counts as left: the tests say when time has passed by calling. */
    @Override
    public List<Order> declinedAndLeftSince(Instant before, int limit) {
        return orders.values().stream().filter(o -> o.status() == OrderStatus.PAYMENT_FAILED).limit(limit).toList();
    }

    @Override
    public Optional<Order> findByNumber(LocalDate businessDay, int number) {
        return orders.values().stream().filter(o -> o.businessDay().equals(businessDay) && o.number() == number)
                .findFirst();
    }

    @Override
    public List<Order> placedBetween(Instant from, Instant to, int limit) {
        return orders.values().stream().filter(o -> !o.placedAt().isBefore(from) && o.placedAt().isBefore(to))
                .sorted(Comparator.comparing(Order::placedAt).reversed()).limit(limit).toList();
    }

    /** Only the current status is kept here: the history is the database adapter's. */
    @Override
    public List<OrderStep> steps(String orderId) {
        return find(orderId).map(o -> List.of(new OrderStep(o.status(), o.placedAt(), o.lastCause()))).orElse(List.of());
    }
}
