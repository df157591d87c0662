package cafe.client.jms;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;
import org.apache.activemq.artemis.api.core.ActiveMQAddressFullException;

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

    /** The broker refused the request because the store's disk is (nearly) full; the link itself is fine. */
    static CafeException storeFull() {
        return new CafeException(ErrorCode.STORE_UNAVAILABLE,
                "The store server's disk is full: it cannot take orders right now");
    }

    static boolean isStoreFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActiveMQAddressFullException) {
                return true;
            }
        }
        return false;
    }

    static CafeException closed() {
        return new CafeException(ErrorCode.NOT_CONNECTED, "The connection to the store server is closed");
    }
}
