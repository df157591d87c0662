package cafe.core.payment.domain;

/** APPROVED once the card is charged, REFUNDED when the money went back, DECLINED when nothing was taken. */
public enum PaymentStatus {
    APPROVED, DECLINED, REFUNDED;

    /** True for a payment that took the customer's money at some point. */
    public boolean charged() {
        return this != DECLINED;
    }
}
