package cafe.core.order.application;

import cafe.core.order.domain.Order;
import java.time.LocalDate;
import java.util.List;

/** The orders a business day sold: paid for and not cancelled. Used inside a transaction. */
public interface SoldOrders {

    List<Order> soldOn(LocalDate businessDay);
}
