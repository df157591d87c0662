package cafe.contract.desk;

import java.util.List;

/** Found orders, newest first; {@code more} when the store had more than it sent. */
public record OrderList(List<OrderSummary> orders, boolean more) {

    public OrderList {
        orders = List.copyOf(orders);
    }
}
