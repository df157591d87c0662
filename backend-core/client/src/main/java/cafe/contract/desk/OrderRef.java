package cafe.contract.desk;

/** Which order a history query is about. */
public record OrderRef(String orderId) {

    /** The longest order id the store makes or reads. */
    public static final int MAX_ID_LENGTH = 64;

    public OrderRef {
        if (orderId == null || orderId.isBlank() || orderId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("orderId is required, at most " + MAX_ID_LENGTH + " characters");
        }
    }
}
