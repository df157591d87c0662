package cafe.core.order.adapter.persistence;

import java.util.List;

/**
 * The entities of ordering's database, whose tables {@code db/ordering/} migrations create: none of
 * its own, its rows are read and written with plain SQL.
 */
public final class OrderingSchema {

    public static final List<Class<?>> ENTITIES = List.of();

    private OrderingSchema() {
    }
}
