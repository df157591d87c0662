package cafe.contract.receipt;

/**
 * A kiosk passes on the phone number or e-mail address a customer typed for "your order is ready"
 * (and, for an e-mail, the receipt). {@code orderKey} is the idempotency key the kiosk placed the
 * order with: it proves the order is the kiosk's own (FORBIDDEN otherwise; any kiosk can see order
 * ids). The store answers nothing back but ok or a refusal: no terminal can read a contact. Leaving
 * one again for the same order replaces it.
 */
public record LeaveContact(String orderId, String orderKey, String contact) {

    @Override
    public String toString() {
        return "LeaveContact[" + orderId + "]";
    }
}
