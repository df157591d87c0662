package cafe.core.payment.application;

/**
 * The gateway could not be reached or did not answer in time. Nobody knows whether money moved,
 * so the request must be retried with the same idempotency key (the broker redelivers it).
 */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message) {
        super(message);
    }

    public GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
