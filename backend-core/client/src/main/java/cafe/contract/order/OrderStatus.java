package cafe.contract.order;

/**
 * CREATED -> PAID | PAYMENT_FAILED; PAYMENT_FAILED -> CREATED (another card); PAID -> QUEUED ->
 * IN_PREPARATION -> READY -> PICKED_UP; CREATED, PAYMENT_FAILED, PAID, QUEUED -> CANCELLED.
 */
public enum OrderStatus {
    CREATED, PAID, PAYMENT_FAILED, QUEUED, IN_PREPARATION, READY, PICKED_UP, CANCELLED;

    /** True once the customer's money is taken (and not given back). */
    public boolean isPaid() {
        return this == PAID || this == QUEUED || this == IN_PREPARATION || this == READY || this == PICKED_UP;
    }
}
