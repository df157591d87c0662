package cafe.core.order.adapter.persistence;

import java.util.List;

/** The entities of ordering's database, whose tables {@code db/ordering/} migrations create. */
public final class OrderingSchema {

    public static final List<Class<?>> ENTITIES = List.of(DailyOrderNumberEntity.class);

    private OrderingSchema() {
    }
}
