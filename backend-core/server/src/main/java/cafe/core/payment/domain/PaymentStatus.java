package cafe.core.payment.domain;

/**
 * PENDING while the card network has the charge and the store has not stored its answer; APPROVED
 * once the card is charged, REFUNDED when the money went back, DECLINED when nothing was taken.
 */
public enum PaymentStatus {
    PENDING, APPROVED, DECLINED, REFUNDED;

    /** True for a payment that took the customer's money at some point. */
    public boolean charged() {
        return this == APPROVED || this == REFUNDED;
    }
}
