package cafe.core.order.adapter.persistence;

import cafe.contract.order.OrderStatus;
import cafe.core.order.application.SoldOrders;
import cafe.core.order.domain.Order;
import cafe.core.platform.persistence.PlainStatements;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A business day's sold orders from {@code customer_order}, read as {@link HibernateOrders} reads them. */
public final class HibernateSoldOrders implements SoldOrders {

    private static final List<OrderStatus> SOLD = Arrays.stream(OrderStatus.values()).filter(OrderStatus::isPaid)
            .toList();

    private final HibernateOrders orders;

    public HibernateSoldOrders(HibernateOrders orders) {
        this.orders = orders;
    }

    @Override
    public List<Order> soldOn(LocalDate businessDay) {
        List<Object> values = new ArrayList<>(List.of(businessDay.toString()));
        values.addAll(SOLD);
        return orders.where("business_day = ? AND status IN (" + PlainStatements.marks(SOLD.size()) + ")",
                values.toArray());
    }
}
