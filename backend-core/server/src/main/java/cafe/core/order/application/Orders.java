package cafe.core.order.application;

import cafe.contract.order.OrderStatus;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderStep;
import java.time.Instant;
import java.time.LocalDate;
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

    /** The order's status alone, without reading its lines. */
    Optional<OrderStatus> statusOf(String orderId);

    /** The order's status and the version of the bar's news it followed last, without reading its lines. */
    Optional<BarStanding> barStanding(String orderId);

    /**
     * Moves a stored order to {@code status}, as the ticket's news of {@code ticketVersion} says: a
     * step of its history.
     */
    void moveTo(String orderId, OrderStatus status, long ticketVersion);

    /** Notes that the order followed the ticket's news of {@code ticketVersion} without moving (it was there). */
    void followedTicket(String orderId, long ticketVersion);

    /** Up to {@code limit} orders declined and left untouched since before {@code before}, oldest first. */
    List<Order> declinedAndLeftSince(Instant before, int limit);

    /** The order with this number on this business day, if any. */
    Optional<Order> findByNumber(LocalDate businessDay, int number);

    /** Up to {@code limit} orders placed within [from, to), newest first. */
    List<Order> placedBetween(Instant from, Instant to, int limit);

    /** Every step of the order's life (placing included), oldest first. */
    List<OrderStep> steps(String orderId);
}
