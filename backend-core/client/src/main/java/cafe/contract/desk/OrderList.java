package cafe.contract.desk;

import java.time.LocalDate;
import java.util.List;

/**
 * Found orders, newest first; {@code more} when the store had more than it sent; {@code day} the
 * business day searched (the store's today when none was asked for).
 */
public record OrderList(List<OrderSummary> orders, boolean more, LocalDate day) {

    public OrderList {
        orders = List.copyOf(orders);
    }
}
