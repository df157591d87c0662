package cafe.core.order.domain;

import cafe.contract.order.OrderType;
import cafe.contract.report.HourSales;
import cafe.contract.report.ItemSales;
import cafe.contract.report.OrderSales;
import cafe.contract.report.TypeSales;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up a business day's paid orders: in all, by item, by the local hour they were placed and by
 * order type. Every breakdown counts the same orders, so each adds up to the day's sales.
 */
public final class SalesTally {

    private final LocalDate day;
    private final ZoneId zone;
    private final int dayStartHour;
    private final Map<String, ItemSales> items = new LinkedHashMap<>();
    private final Map<Integer, HourSales> hours = new TreeMap<>();
    private final Map<OrderType, TypeSales> types = new EnumMap<>(OrderType.class);
    private int orders;
    private long salesWon;

    /** {@code dayStartHour}: the day's hours are listed from this one on (04 .. 23, then 00 .. 03). */
    public SalesTally(LocalDate day, ZoneId zone, int dayStartHour) {
        this.day = day;
        this.zone = zone;
        this.dayStartHour = dayStartHour;
    }

    public SalesTally add(Order order) {
        if (!order.status().isPaid()) {
            throw new IllegalArgumentException("order " + order.id() + " is " + order.status() + ", not a sale");
        }
        long total = order.totalWon();
        orders++;
        salesWon = Math.addExact(salesWon, total);
        order.lines().forEach(this::addLine);
        int hour = order.placedAt().atZone(zone).getHour();
        hours.merge(hour, new HourSales(hour, 1, total), (a, b) -> new HourSales(hour, a.orders() + 1,
                a.amountWon() + b.amountWon()));
        types.merge(order.orderType(), new TypeSales(order.orderType(), 1, total), (a, b) -> new TypeSales(a.type(),
                a.orders() + 1, a.amountWon() + b.amountWon()));
        return this;
    }

    public OrderSales sales() {
        List<ItemSales> byItem = new ArrayList<>(items.values());
        byItem.sort(Comparator.comparingLong(ItemSales::amountWon).reversed()
                .thenComparing(Comparator.comparingInt(ItemSales::count).reversed())
                .thenComparing(ItemSales::itemId));
        List<HourSales> byHour = new ArrayList<>(hours.values());
        byHour.sort(Comparator.comparingInt(sales -> Math.floorMod(sales.hour() - dayStartHour, 24)));
        return new OrderSales(day, orders, salesWon, byItem, byHour, List.copyOf(types.values()));
    }

    private void addLine(OrderLine line) {
        items.merge(line.itemId(), new ItemSales(line.itemId(), line.name(), line.quantity(), line.lineTotalWon()),
                (a, b) -> new ItemSales(a.itemId(), a.name(), a.count() + b.count(), a.amountWon() + b.amountWon()));
    }
}
