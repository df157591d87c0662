package cafe.contract.desk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Finds orders: by the number the customer holds on one business day ({@code day} null: today), or
 * else those placed within [{@code from}, {@code to}) (either null: the start or the end of that
 * business day). The answer is an {@link OrderList}, newest first.
 */
public record FindOrders(LocalDate day, Integer number, Instant from, Instant to) {

    public static FindOrders number(LocalDate day, int number) {
        return new FindOrders(day, number, null, null);
    }

    public static FindOrders placedBetween(Instant from, Instant to) {
        return new FindOrders(null, null, from, to);
    }

    public static FindOrders today() {
        return new FindOrders(null, null, null, null);
    }

    public static FindOrders day(LocalDate day) {
        return new FindOrders(day, null, null, null);
    }
}
