package cafe.contract.receipt;

/**
 * A kiosk passes on the phone number or e-mail address a customer typed for "your order is ready"
 * (and, for an e-mail, the receipt). The store answers nothing back but ok or CONTACT_INVALID: no
 * terminal can read a contact. Leaving one again for the same order replaces it.
 */
public record LeaveContact(String orderId, String contact) {

    @Override
    public String toString() {
        return "LeaveContact[" + orderId + "]";
    }
}
