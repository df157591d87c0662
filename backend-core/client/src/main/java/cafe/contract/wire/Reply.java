package cafe.contract.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one envelope every command and query is answered with:
 * {@code {status: ok|error, code, message, data}}. On error {@code data} may carry details
 * (for MENU_CHANGED, the list of CartProblem).
 */
public record Reply(String status, String code, String message, JsonNode data) {

    public static final String OK = "ok";
    public static final String ERROR = "error";

    public static Reply ok(JsonNode data) {
        return new Reply(OK, null, null, data);
    }

    public static Reply error(ErrorCode code, String message, JsonNode details) {
        return new Reply(ERROR, code.name(), message, details);
    }

    public boolean isOk() {
        return OK.equals(status);
    }
}
