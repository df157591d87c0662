package cafe.contract.order;

import java.time.Instant;
import java.util.List;

/** An order as the server knows it now. {@code failureReason} is set after a decline. */
public record OrderView(String orderId, int orderNumber, OrderStatus status, OrderType orderType,
                        List<OrderLineView> lines, long totalWon, Instant placedAt, String failureReason) {

    public OrderView {
        lines = List.copyOf(lines);
    }
}
