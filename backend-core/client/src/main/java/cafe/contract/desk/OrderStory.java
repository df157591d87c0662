package cafe.contract.desk;

import cafe.contract.order.OrderLineView;
import java.util.List;

/** Ordering's part of an order's history: the order, its lines and every status change, oldest first. */
public record OrderStory(OrderSummary order, List<OrderLineView> lines, List<StatusChange> changes) {

    public OrderStory {
        lines = List.copyOf(lines);
        changes = List.copyOf(changes);
    }
}
