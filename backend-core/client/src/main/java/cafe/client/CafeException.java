package cafe.client;

import cafe.contract.wire.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;

/** An error reply from the server, or a time-out or lost connection seen by the client. */
public class CafeException extends RuntimeException {

    private final ErrorCode code;
    private final transient JsonNode details;

    public CafeException(ErrorCode code, String message, JsonNode details) {
        super(message);
        this.code = code;
        this.details = details;
    }

    public CafeException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    /** Extra data of the error (for MENU_CHANGED, a JSON array of CartProblem), or null. */
    public JsonNode details() {
        return details;
    }

    /** Unwraps the CafeException behind a failed future's CompletionException, if there is one. */
    public static java.util.Optional<CafeException> of(Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof CafeException)) {
            t = t.getCause();
        }
        return java.util.Optional.ofNullable((CafeException) t);
    }

    /**
     * The call failed because the link to the broker is down (NOT_CONNECTED), which the connection's
     * state already tells; any other failure means the store itself did not answer as asked.
     */
    public static boolean linkDown(Throwable failure) {
        return of(failure).map(e -> e.code() == ErrorCode.NOT_CONNECTED).orElse(false);
    }
}
