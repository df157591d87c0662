package cafe.core.platform.messaging;

import cafe.contract.wire.ErrorCode;
import cafe.core.platform.security.StaffPasses;
import cafe.core.shared.Rejection;
import cafe.core.shared.RequestId;
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
 * ({@code on}) runs in the context's transaction and has its answer kept with its effect, so that
 * the same request delivered again is answered as before and not carried out twice; a question
 * ({@code ask}) changes nothing, keeps nothing and is answered afresh each time. A handler that
 * opens its own transactions ({@code onOwnTransactions}), because it does something between them
 * that must not hold the database (printing) or commits before it refuses (a wrong PIN's count),
 * runs outside one and keeps no answer: it must recognise a repeat itself, or its answer must not
 * be stored (a staff pass, a terminal's password). One that needs to know a repeat by the request
 * ({@code onOwnTransactionsById}) gets its {@link RequestId}.
 */
public final class RequestRoutes {

    /** How a route's handler runs, and whether its answer is kept. */
    enum Kind {
        COMMAND, QUESTION, OWN_TRANSACTIONS, OWN_TRANSACTIONS_BY_ID
    }

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
        return unsigned(type, bodyType, Kind.COMMAND, handler);
    }

    /** A question: its answer changes nothing and is not kept. */
    public <T> RequestRoutes ask(String type, Class<T> bodyType, Function<? super T, ?> handler) {
        return unsigned(type, bodyType, Kind.QUESTION, handler);
    }

    /** A question without a body worth reading, such as GetMenu. */
    public RequestRoutes ask(String type, Supplier<?> handler) {
        return ask(type, Object.class, ignored -> handler.get());
    }

    /** A command whose handler opens its own transactions; its answer is not kept. */
    public <T> RequestRoutes onOwnTransactions(String type, Class<T> bodyType, Function<? super T, ?> handler) {
        return unsigned(type, bodyType, Kind.OWN_TRANSACTIONS, handler);
    }

    /**
     * A command whose handler opens its own transactions and tells a request delivered again by its
     * id (refused MALFORMED_REQUEST without a message id); its answer is not kept.
     */
    public <T> RequestRoutes onOwnTransactionsById(String type, Class<T> bodyType,
                                                   BiFunction<? super T, RequestId, ?> handler) {
        return add(type, new Route<>(bodyType, Kind.OWN_TRANSACTIONS_BY_ID, pass -> null,
                (body, staff, request) -> handler.apply(body, request)));
    }

    /** A manager's command: refused with SIGN_IN_REQUIRED unless it carries a valid staff pass. */
    public <T> RequestRoutes onStaff(String type, Class<T> bodyType, BiFunction<? super T, Staff, ?> handler) {
        return signed(type, bodyType, Kind.COMMAND, handler);
    }

    /** A manager's question, signed like {@link #onStaff} and not kept. */
    public <T> RequestRoutes askStaff(String type, Class<T> bodyType, BiFunction<? super T, Staff, ?> handler) {
        return signed(type, bodyType, Kind.QUESTION, handler);
    }

    /** A manager's command whose handler opens its own transactions, signed like {@link #onStaff}. */
    public <T> RequestRoutes onStaffOwnTransactions(String type, Class<T> bodyType,
                                                    BiFunction<? super T, Staff, ?> handler) {
        return signed(type, bodyType, Kind.OWN_TRANSACTIONS, handler);
    }

    private <T> RequestRoutes unsigned(String type, Class<T> bodyType, Kind kind, Function<? super T, ?> handler) {
        return add(type, new Route<>(bodyType, kind, pass -> null, (body, staff, request) -> handler.apply(body)));
    }

    private <T> RequestRoutes signed(String type, Class<T> bodyType, Kind kind,
                                     BiFunction<? super T, Staff, ?> handler) {
        if (passes == null) {
            throw new IllegalStateException("staff routes need RequestRoutes.signedBy(passes)");
        }
        return add(type, new Route<>(bodyType, kind, pass -> passes.verify(pass).orElseThrow(
                () -> new Rejection(ErrorCode.SIGN_IN_REQUIRED, "sign in again: the staff pass is missing or expired")),
                (body, staff, request) -> handler.apply(body, staff)));
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

    /** A route's use case: the body, who sent it (null if unsigned) and the request's id (null unless by id). */
    @FunctionalInterface
    interface Handler<T> {
        Object handle(T body, Staff staff, RequestId request);
    }

    /**
     * @param admit   who sent it, from the request's staff pass header (null if none): null for an
     *                unsigned route, else the pass's staff member or a {@link Rejection}
     */
    record Route<T>(Class<T> bodyType, Kind kind, Function<String, Staff> admit, Handler<? super T> handler) {

        Object handle(Object body, Staff staff, RequestId request) {
            return handler.handle(bodyType.cast(body), staff, request);
        }
    }
}
