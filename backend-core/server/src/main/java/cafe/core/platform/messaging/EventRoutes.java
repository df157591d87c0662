package cafe.core.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which handler applies which event {@code type} arriving on one durable subscription, and the
 * record its JSON body decodes to. Events of other types are acknowledged and ignored.
 */
public final class EventRoutes {

    private final Map<String, Route<?>> routes = new HashMap<>();

    public <T> EventRoutes on(String type, Class<T> bodyType, Consumer<? super T> handler) {
        if (routes.putIfAbsent(type, new Route<>(bodyType, handler)) != null) {
            throw new IllegalArgumentException("two handlers for " + type);
        }
        return this;
    }

    Optional<Route<?>> route(String type) {
        return Optional.ofNullable(type).map(routes::get);
    }

    record Route<T>(Class<T> bodyType, Consumer<? super T> handler) {

        void apply(Object body) {
            handler.accept(bodyType.cast(body));
        }
    }
}
