package cafe.core.payment.application;

/**
 * The store did not call the card network: it failed every recent call, so calls are held back
 * for a while instead of making customers wait for time-outs. Nothing was sent, so nothing was
 * charged by this call.
 */
public class NetworkOfflineException extends GatewayUnavailableException {

    public NetworkOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
