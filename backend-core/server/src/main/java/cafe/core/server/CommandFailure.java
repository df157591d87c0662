package cafe.core.server;

/** A command the operator asked for cannot be done; the message says why in one sentence. */
public class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
