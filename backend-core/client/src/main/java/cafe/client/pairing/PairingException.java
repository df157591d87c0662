package cafe.client.pairing;

/** Pairing did not happen; the message says why in a sentence for the person at the terminal. */
public final class PairingException extends Exception {

    /** Why pairing was refused or failed. */
    public enum Reason {
        /** What was typed is not a pairing code. */
        NOT_A_CODE,
        /** Nothing answered at that host and port, or not with TLS. */
        UNREACHABLE,
        /** The server there is not the store that made the code (another certificate authority). */
        OTHER_STORE,
        WRONG_CODE,
        EXPIRED_CODE,
        /** Too many wrong codes: the server waits for a new code from its operator. */
        LOCKED,
        /** The terminal file or the CA beside it cannot be written. */
        CANNOT_WRITE
    }

    private final Reason reason;

    public PairingException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public PairingException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
