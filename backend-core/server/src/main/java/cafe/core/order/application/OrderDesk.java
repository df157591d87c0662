package cafe.core.order.application;

import cafe.contract.desk.FindOrders;
import cafe.contract.desk.OrderList;
import cafe.contract.desk.OrderRef;
import cafe.contract.desk.OrderStory;
import cafe.contract.desk.OrderSummary;
import cafe.contract.desk.StatusChange;
import cafe.contract.order.CancelOrder;
import cafe.contract.wire.ErrorCode;
import cafe.core.order.domain.Order;
import cafe.core.shared.BusinessDays;
import cafe.core.shared.Rejection;
import cafe.core.shared.Staff;
import cafe.core.shared.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Ordering's part of the back office's order desk: finding orders by number or by time, an order's
 * own history, and a manager's cancellation answered with the history it made.
 */
public final class OrderDesk {

    /** The most orders one search answers: a busy day's worth. */
    static final int MOST_FOUND = 500;
    private static final Duration LONGEST_RANGE = Duration.ofDays(31);

    private final Orders orders;
    private final OrderingService ordering;
    private final BusinessDays calendar;
    private final Transactions transactions;

    public OrderDesk(Orders orders, OrderingService ordering, BusinessDays calendar, Transactions transactions) {
        this.orders = orders;
        this.ordering = ordering;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    public OrderList find(FindOrders query, Staff staff) {
        LocalDate day = calendar.orToday(query.day());
        if (query.number() != null) {
            return transactions.inTransaction(() -> new OrderList(orders.findByNumber(day, query.number())
                    .map(OrderDesk::summary).stream().toList(), false, day));
        }
        Instant from = query.from() != null ? calendar.checked(query.from()) : calendar.startOf(day);
        Instant to = query.to() != null ? calendar.checked(query.to()) : calendar.endOf(day);
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw new Rejection(ErrorCode.MALFORMED_REQUEST, "the time range must end after it starts and span"
                    + " at most " + LONGEST_RANGE.toDays() + " days");
        }
        return transactions.inTransaction(() -> {
            List<Order> found = orders.placedBetween(from, to, MOST_FOUND + 1);
            return new OrderList(found.stream().limit(MOST_FOUND).map(OrderDesk::summary).toList(),
                    found.size() > MOST_FOUND, day);
        });
    }

    public OrderStory story(OrderRef ref, Staff staff) {
        String orderId = ref.orderId();
        return transactions.inTransaction(() -> {
            Order order = orders.find(orderId).orElseThrow(
                    () -> new Rejection(ErrorCode.ORDER_NOT_FOUND, "no order " + orderId));
            return new OrderStory(summary(order), OrderingService.lineViews(order),
                    orders.steps(orderId).stream().map(step -> new StatusChange(step.status(), step.at(),
                            step.cause().staffId(), step.cause().staffName(), step.cause().note())).toList());
        });
    }

    /** Cancels (see {@link OrderingService#cancelByManager}) and answers the order's history with it. */
    public OrderStory cancel(CancelOrder command, Staff staff) {
        return transactions.inTransaction(() -> {
            ordering.cancelByManager(command, staff);
            return story(new OrderRef(command.orderId()), staff);
        });
    }

    private static OrderSummary summary(Order order) {
        return new OrderSummary(order.id(), order.number(), order.businessDay(), order.placedAt(), order.totalWon(),
                order.status(), order.orderType());
    }
}
