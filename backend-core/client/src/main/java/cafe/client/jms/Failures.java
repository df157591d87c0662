package cafe.client.jms;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;

/** The failures the client itself raises when there is no link to carry a request. */
final class Failures {

    private Failures() {
    }

    static CafeException notConnected() {
        return new CafeException(ErrorCode.NOT_CONNECTED, "Not connected to the store server");
    }

    /** The request may or may not have been carried out: ask again (with the same idempotency key). */
    static CafeException lost() {
        return new CafeException(ErrorCode.NOT_CONNECTED,
                "The connection to the store server was lost before the answer came");
    }

    static CafeException closed() {
        return new CafeException(ErrorCode.NOT_CONNECTED, "The connection to the store server is closed");
    }
}
