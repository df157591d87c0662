package cafe.client.jms;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.contract.wire.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;

/** Turns request records into JSON bodies, and reply envelopes and event bodies back into records. */
final class WireCodec {

    private final ObjectMapper mapper = Json.newMapper();

    /** A request body ready to send, and the order it concerns (null when none). */
    record Body(String json, String orderId) {
    }

    Body encode(Object request) {
        JsonNode tree = mapper.valueToTree(request);
        JsonNode orderId = tree.path(Headers.ORDER_ID);
        try {
            return new Body(mapper.writeValueAsString(tree), orderId.isTextual() ? orderId.asText() : null);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + request.getClass().getSimpleName(), e);
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
