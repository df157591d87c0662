package cafe.core.order.adapter.persistence;

import cafe.core.order.application.OrderNumbers;
import cafe.core.platform.persistence.PlainStatements;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Counts order numbers per business day in {@code daily_order_number} with plain SQL, inside the
 * placing transaction: a rolled-back order gives its number back, and the unique (day, number)
 * index on orders is the last guard against a collision.
 */
public final class HibernateOrderNumbers implements OrderNumbers {

    private final Supplier<Session> session;

    public HibernateOrderNumbers(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public int next(LocalDate businessDay) {
        String day = businessDay.toString();
        PlainStatements.update(session.get(), "INSERT INTO daily_order_number (business_day, last_number) VALUES (?, ?)"
                + " ON CONFLICT (business_day) DO UPDATE SET last_number = daily_order_number.last_number + 1", day,
                FIRST);
        return PlainStatements.one(session.get(), "SELECT last_number FROM daily_order_number WHERE business_day = ?",
                row -> row.getInt("last_number"), day).orElseThrow();
    }
}
