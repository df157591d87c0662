package cafe.core.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which handler applies which event {@code type} arriving on one durable subscription, and the
 * record its JSON body decodes to. Events of other types are acknowledged and ignored. A handler
 * normally runs inside the context's transaction, together with the record that its event was
 * processed; one that must call something slow outside the store (the card network) is registered
 * with {@link #onOwnTransactions}: it opens its own transactions and must be idempotent by itself.
 */
public final class EventRoutes {

    private final Map<String, Route<?>> routes = new HashMap<>();

    public <T> EventRoutes on(String type, Class<T> bodyType, Consumer<? super T> handler) {
        return add(type, new Route<>(bodyType, handler, false));
    }

    /**
     * A handler that holds no transaction open while it works: it opens its own, and applying the
     * same event twice (a crash between its effect and the processed record) changes nothing more.
     */
    public <T> EventRoutes onOwnTransactions(String type, Class<T> bodyType, Consumer<? super T> handler) {
        return add(type, new Route<>(bodyType, handler, true));
    }

    private EventRoutes add(String type, Route<?> route) {
        if (routes.putIfAbsent(type, route) != null) {
            throw new IllegalArgumentException("two handlers for " + type);
        }
        return this;
    }

    /** The types some handler applies. */
    Set<String> types() {
        return Set.copyOf(routes.keySet());
    }

    /** True when some handler opens its own transactions, so this subscription's events cannot share one. */
    boolean anyOwnTransactions() {
        return routes.values().stream().anyMatch(Route::ownTransactions);
    }

    Optional<Route<?>> route(String type) {
        return Optional.ofNullable(type).map(routes::get);
    }

    record Route<T>(Class<T> bodyType, Consumer<? super T> handler, boolean ownTransactions) {

        void apply(Object body) {
            handler.accept(bodyType.cast(body));
        }
    }
}
