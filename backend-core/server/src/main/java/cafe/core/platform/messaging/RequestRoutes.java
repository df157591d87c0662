package cafe.core.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which use case answers which request {@code type} on one queue, and the record its JSON body
 * decodes to. A handler returns the reply's {@code data} (null for none) or throws
 * {@link cafe.core.shared.Rejection}.
 */
public final class RequestRoutes {

    private final Map<String, Route<?>> routes = new HashMap<>();

    public <T> RequestRoutes on(String type, Class<T> bodyType, Function<? super T, ?> handler) {
        if (routes.putIfAbsent(type, new Route<>(bodyType, handler)) != null) {
            throw new IllegalArgumentException("two handlers for " + type);
        }
        return this;
    }

    /** A request without a body worth reading, such as GetMenu. */
    public RequestRoutes on(String type, Supplier<?> handler) {
        return on(type, Object.class, ignored -> handler.get());
    }

    Optional<Route<?>> route(String type) {
        return Optional.ofNullable(type).map(routes::get);
    }

    record Route<T>(Class<T> bodyType, Function<? super T, ?> handler) {

        Object handle(Object body) {
            return handler.apply(bodyType.cast(body));
        }
    }
}
