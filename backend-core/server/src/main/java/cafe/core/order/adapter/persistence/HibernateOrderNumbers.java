package cafe.core.order.adapter.persistence;

import cafe.core.order.application.OrderNumbers;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Counts order numbers per business day in {@code daily_order_number}, inside the placing
 * transaction: a rolled-back order gives its number back, and the unique (day, number) index on
 * orders is the last guard against a collision.
 */
public final class HibernateOrderNumbers implements OrderNumbers {

    private final Supplier<Session> session;

    public HibernateOrderNumbers(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public int next(LocalDate businessDay) {
        String day = businessDay.toString();
        DailyOrderNumberEntity counter = session.get().find(DailyOrderNumberEntity.class, day);
        if (counter == null) {
            session.get().persist(new DailyOrderNumberEntity(day, FIRST));
            return FIRST;
        }
        counter.lastNumber++;
        return counter.lastNumber;
    }
}
