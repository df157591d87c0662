package cafe.client.jms;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.contract.wire.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Turns request records into JSON bodies, and reply envelopes and event bodies back into records. */
final class WireCodec {

    /** Found once per request type: writing each request as a JSON tree to look cost it a second pass. */
    private static final ClassValue<Optional<Method>> ORDER_ID_ACCESSORS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            return Arrays.stream(components)
                    .filter(component -> component.getName().equals(Headers.ORDER_ID))
                    .filter(component -> component.getType() == String.class)
                    .map(RecordComponent::getAccessor)
                    .findFirst();
        }
    };

    private final ObjectMapper mapper = Json.newMapper();

    /** A request body ready to send, and the order it concerns (null when none). */
    record Body(String json, String orderId) {
    }

    Body encode(Object request) {
        try {
            return new Body(mapper.writeValueAsString(request), orderIdOf(request));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + request.getClass().getSimpleName(), e);
        }
    }

    /** A request record's {@code orderId} component, or a map's {@code orderId} entry (the few asked with a map). */
    private static String orderIdOf(Object request) {
        if (request instanceof Map<?, ?> map) {
            return map.get(Headers.ORDER_ID) instanceof String orderId ? orderId : null;
        }
        Method accessor = ORDER_ID_ACCESSORS.get(request.getClass()).orElse(null);
        try {
            return accessor == null ? null : (String) accessor.invoke(request);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot read the orderId of " + request.getClass().getSimpleName(), e);
        }
    }

    /**
     * The reply's data as {@code type} ({@code Void} gives null).
     *
     * @throws CafeException the error the reply carries, or INTERNAL_ERROR when it cannot be read
     */
    <T> T decodeReply(String text, Class<T> type) {
        Reply reply = read(text, Reply.class);
        if (!reply.isOk()) {
            throw new CafeException(codeOf(reply.code()), reply.message(), reply.data());
        }
        if (type == Void.class) {
            return null;
        }
        try {
            return mapper.treeToValue(reply.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unreadable(type, e);
        }
    }

    /** @throws CafeException INTERNAL_ERROR when the body is not a {@code type} */
    <T> T decodeEvent(String text, Class<T> type) {
        return read(text, type);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unreadable(type, e);
        }
    }

    private static CafeException unreadable(Class<?> type, Exception cause) {
        CafeException failure = new CafeException(ErrorCode.INTERNAL_ERROR,
                "the store server sent a " + type.getSimpleName() + " this terminal cannot read");
        failure.initCause(cause);
        return failure;
    }

    private static ErrorCode codeOf(String code) {
        return Arrays.stream(ErrorCode.values())
                .filter(known -> known.name().equals(code))
                .findFirst()
                .orElse(ErrorCode.INTERNAL_ERROR);
    }
}
