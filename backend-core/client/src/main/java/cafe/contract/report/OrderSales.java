package cafe.contract.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Ordering's view of a business day: the orders paid for and kept (not cancelled), what they came to,
 * and the same money by item (most sold first), by local hour placed (the day's hours in order, from
 * the hour the business day starts) and by order type. Each breakdown adds up to {@code salesWon}.
 */
public record OrderSales(LocalDate day, int orders, long salesWon, List<ItemSales> items, List<HourSales> hours,
                         List<TypeSales> types) {

    public OrderSales {
        items = List.copyOf(items);
        hours = List.copyOf(hours);
        types = List.copyOf(types);
    }

    /** The average order, rounded to the won; 0 on a day without orders. */
    public long averageTicketWon() {
        return orders == 0 ? 0 : Math.round((double) salesWon / orders);
    }

    public boolean isEmpty() {
        return orders == 0;
    }
}
