package cafe.contract.wire;

/** The {@code code} of an error reply, or of a failure the client itself detects. */
public enum ErrorCode {
    // request shape
    MALFORMED_REQUEST,
    MISSING_FIELD,
    UNKNOWN_REQUEST,
    /** The request's body is longer than {@link Headers#MAX_REQUEST_CHARS}. */
    REQUEST_TOO_LARGE,
    /** A text field is longer than the store accepts (the message names the field and the limit). */
    FIELD_TOO_LONG,
    /**
     * The idempotency key was already used for a different order (another cart, type or contact):
     * a kiosk must make a new key for a new order.
     */
    IDEMPOTENCY_KEY_REUSED,
    // cart validation
    EMPTY_CART,
    UNKNOWN_ITEM,
    ITEM_SOLD_OUT,
    INVALID_OPTION,
    INVALID_QUANTITY,
    /** More lines or more money than one order may hold (the message says which limit). */
    ORDER_TOO_LARGE,
    /** "The menu changed, please review your cart": details are a list of CartProblem. */
    MENU_CHANGED,
    MENU_UNAVAILABLE,
    /** A manager's menu change breaks a rule (the message names the field and the rule): nothing changed. */
    MENU_EDIT_REFUSED,
    // order and ticket state
    ORDER_NOT_FOUND,
    ILLEGAL_TRANSITION,
    /** Another station started this ticket first. */
    ALREADY_STARTED,
    NOTHING_TO_RECALL,
    FORBIDDEN,
    // staff signing in
    /** A manager command without a valid staff pass (none, expired or forged): sign in again. */
    SIGN_IN_REQUIRED,
    /** Not this staff member's PIN (the message says how many tries are left), or no such member. */
    PIN_WRONG,
    /** Too many wrong PINs for this staff member: the details are the seconds to wait before the next. */
    PIN_LOCKED,
    // pairing a terminal
    /** No outstanding code has this secret, or it was made for another role. */
    PAIRING_CODE_WRONG,
    PAIRING_CODE_EXPIRED,
    /** Too many wrong codes: pairing waits for a new code from the server. */
    PAIRING_LOCKED,
    /**
     * The store server is up but cannot save anything right now (its disk is full or failing): it
     * cannot take orders until space returns, and stored nothing of this request. An earlier send of
     * the same command that went unanswered may still have got in: ask again later with the same key.
     */
    STORE_UNAVAILABLE,
    // transport, raised by the client
    NOT_CONNECTED,
    TIMEOUT,
    INTERNAL_ERROR,
    // the order desk (back office)
    /**
     * The order can no longer be cancelled (details: {@code {"status": ...}}, its status now: started
     * at the bar, ready, picked up, or already cancelled).
     */
    ORDER_NOT_CANCELLABLE,
    /** No failed message has this id. */
    FAILED_MESSAGE_NOT_FOUND,
    /**
     * This failed message cannot be retried or discarded (details: {@code {"resolution": ...}}): staff
     * already resolved it another way, or a compensating step already made up for it.
     */
    FAILED_MESSAGE_SETTLED,
    /** This failed message cannot be sent again (its body was not kept, or its queue is unknown): discard it. */
    FAILED_MESSAGE_NOT_RETRYABLE,
    // reach: the customer's contact and receipts
    /** What a customer typed is neither a phone number nor an e-mail address (the message says how to write one). */
    CONTACT_INVALID,
    /** No paid order has that number (or id), so there is no receipt. */
    RECEIPT_NOT_FOUND,
    /** The receipt printer did not print (the message says why): nothing was recorded, try again. */
    PRINTER_FAILED
}
