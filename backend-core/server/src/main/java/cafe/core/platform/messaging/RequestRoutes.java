package cafe.core.platform.messaging;

import cafe.contract.wire.ErrorCode;
import cafe.core.platform.security.StaffPasses;
import cafe.core.shared.Rejection;
import cafe.core.shared.Staff;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which use case answers which request {@code type} on one queue, and the record its JSON body
 * decodes to. A handler returns the reply's {@code data} (null for none) or throws
 * {@link cafe.core.shared.Rejection}. A staff route also gets who sent it, from the signed pass the
 * request carries; without a valid one it is refused before the handler runs. A command
 * ({@code on}) has its answer kept with its effect, so that the same request delivered again is
 * answered as before and not carried out twice; a question ({@code ask}) changes nothing, keeps
 * nothing and is answered afresh each time.
 */
public final class RequestRoutes {

    private final Map<String, Route<?>> routes = new HashMap<>();
    private final StaffPasses passes;

    public RequestRoutes() {
        this(null);
    }

    private RequestRoutes(StaffPasses passes) {
        this.passes = passes;
    }

    /** Routes whose staff handlers check passes with these keys. */
    public static RequestRoutes signedBy(StaffPasses passes) {
        return new RequestRoutes(passes);
    }

    public <T> RequestRoutes on(String type, Class<T> bodyType, Function<? super T, ?> handler) {
        return add(type, new Route<>(bodyType, (body, pass) -> handler.apply(body), true));
    }

    /** A question: its answer changes nothing and is not kept. */
    public <T> RequestRoutes ask(String type, Class<T> bodyType, Function<? super T, ?> handler) {
        return add(type, new Route<>(bodyType, (body, pass) -> handler.apply(body), false));
    }

    /** A question without a body worth reading, such as GetMenu. */
    public RequestRoutes ask(String type, Supplier<?> handler) {
        return ask(type, Object.class, ignored -> handler.get());
    }

    /** A manager's command: refused with SIGN_IN_REQUIRED unless it carries a valid staff pass. */
    public <T> RequestRoutes onStaff(String type, Class<T> bodyType, BiFunction<? super T, Staff, ?> handler) {
        return add(type, new Route<>(bodyType, signed(handler), true));
    }

    /** A manager's question, signed like {@link #onStaff} and not kept. */
    public <T> RequestRoutes askStaff(String type, Class<T> bodyType, BiFunction<? super T, Staff, ?> handler) {
        return add(type, new Route<>(bodyType, signed(handler), false));
    }

    private <T> BiFunction<T, String, Object> signed(BiFunction<? super T, Staff, ?> handler) {
        if (passes == null) {
            throw new IllegalStateException("staff routes need RequestRoutes.signedBy(passes)");
        }
        return (body, pass) -> handler.apply(body, passes.verify(pass).orElseThrow(
                () -> new Rejection(ErrorCode.SIGN_IN_REQUIRED, "sign in again: the staff pass is missing or expired")));
    }

    private RequestRoutes add(String type, Route<?> route) {
        if (routes.putIfAbsent(type, route) != null) {
            throw new IllegalArgumentException("two handlers for " + type);
        }
        return this;
    }

    Optional<Route<?>> route(String type) {
        return Optional.ofNullable(type).map(routes::get);
    }

    /**
     * @param handler gets the decoded body and the request's staff pass header (null if none)
     * @param kept    whether its answer is kept with its effect (a command) or not (a question)
     */
    record Route<T>(Class<T> bodyType, BiFunction<? super T, String, ?> handler, boolean kept) {

        Object handle(Object body, String staffPass) {
            return handler.apply(bodyType.cast(body), staffPass);
        }
    }
}
