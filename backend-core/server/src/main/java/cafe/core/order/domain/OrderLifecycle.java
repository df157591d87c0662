package cafe.core.order.domain;

import static cafe.contract.order.OrderStatus.CANCELLED;
import static cafe.contract.order.OrderStatus.CREATED;
import static cafe.contract.order.OrderStatus.IN_PREPARATION;
import static cafe.contract.order.OrderStatus.PAID;
import static cafe.contract.order.OrderStatus.PAYMENT_FAILED;
import static cafe.contract.order.OrderStatus.PICKED_UP;
import static cafe.contract.order.OrderStatus.QUEUED;
import static cafe.contract.order.OrderStatus.READY;

import cafe.contract.order.OrderStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which. Payment: CREATED -> PAID | PAYMENT_FAILED, and another card takes
 * PAYMENT_FAILED back to CREATED. The bar: PAID -> QUEUED -> IN_PREPARATION -> READY -> PICKED_UP
 * (a ticket may be bumped to READY straight from the queue), and a recall undoes the last bump.
 * Cancelling is possible until preparation starts.
 */
public final class OrderLifecycle {

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(Map.of(
            CREATED, Set.of(PAID, PAYMENT_FAILED, CANCELLED),
            PAYMENT_FAILED, Set.of(CREATED, CANCELLED),
            PAID, Set.of(QUEUED, CANCELLED),
            QUEUED, Set.of(IN_PREPARATION, READY, CANCELLED),
            IN_PREPARATION, Set.of(READY),
            READY, Set.of(PICKED_UP, IN_PREPARATION),
            PICKED_UP, Set.of(READY),
            CANCELLED, Set.of()));

    private static final Set<OrderStatus> BAR = EnumSet.of(QUEUED, IN_PREPARATION, READY, PICKED_UP);

    private OrderLifecycle() {
    }

    public static boolean allows(OrderStatus from, OrderStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Whether an order at {@code from} follows its ticket to {@code barStatus}: forward, or back by a recall. */
    public static boolean followsBar(OrderStatus from, OrderStatus barStatus) {
        return BAR.contains(barStatus) && allows(from, barStatus);
    }

    /**
     * Whether an order at {@code from} takes {@code barStatus} from news of its ticket known to be
     * newer than any it followed: paid or at the bar, it is wherever the bar says, however many moves
     * it missed between (a move dead-lettered, one delivered late).
     */
    public static boolean followsNewerBar(OrderStatus from, OrderStatus barStatus) {
        return BAR.contains(barStatus) && (from == PAID || BAR.contains(from));
    }
}
