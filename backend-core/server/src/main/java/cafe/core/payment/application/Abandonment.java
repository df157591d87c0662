package cafe.core.payment.application;

/**
 * Why a payment request was given up without an answer from the gateway, so that the order ends
 * declined instead of waiting forever.
 */
public enum Abandonment {
    /** The request failed three times (the gateway kept timing out) and went to the dead letters. */
    DEAD("UNAVAILABLE", "The card network did not answer. Please try again or use another card."),
    /** The request waited too long on the broker to be worth charging any more. */
    EXPIRED("EXPIRED", "The payment took too long. Please try again.");

    private final String reasonCode;
    private final String reasonMessage;

    Abandonment(String reasonCode, String reasonMessage) {
        this.reasonCode = reasonCode;
        this.reasonMessage = reasonMessage;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String reasonMessage() {
        return reasonMessage;
    }
}
