package cafe.core.order.adapter.persistence;

import cafe.contract.order.OrderStatus;
import cafe.core.order.application.SoldOrders;
import cafe.core.order.domain.Order;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;

/** A business day's sold orders from {@code customer_order}, mapped as {@link HibernateOrders} maps them. */
public final class HibernateSoldOrders implements SoldOrders {

    private static final List<OrderStatus> SOLD = Arrays.stream(OrderStatus.values()).filter(OrderStatus::isPaid)
            .toList();

    private final Supplier<Session> session;
    private final HibernateOrders orders;

    public HibernateSoldOrders(Supplier<Session> session, HibernateOrders orders) {
        this.session = session;
        this.orders = orders;
    }

    @Override
    public List<Order> soldOn(LocalDate businessDay) {
        return session.get()
                .createSelectionQuery("from OrderEntity where businessDay = :day and status in :sold",
                        OrderEntity.class)
                .setParameter("day", businessDay.toString())
                .setParameterList("sold", SOLD)
                .getResultList().stream().map(orders::toOrder).toList();
    }
}
