package cafe.core.shared;

import cafe.contract.wire.ErrorCode;

/**
 * A use case refuses a request (bad input, illegal transition). Nothing it did is committed; the
 * caller gets an error reply with this code, message and optional details.
 */
public class Rejection extends RuntimeException {

    private final ErrorCode code;
    private final transient Object details;

    public Rejection(ErrorCode code, String message, Object details) {
        super(message);
        this.code = code;
        this.details = details;
    }

    public Rejection(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    public Object details() {
        return details;
    }
}
