package cafe.kiosk.pay;

/** Where the customer is in paying. */
public enum PaymentStage {
    /** The terminal asks for a card. */
    PRESENT_CARD,
    /** The store and the card network are working; nothing to do but wait. */
    AUTHORIZING,
    /** The bank said no; another card may be tried. */
    DECLINED,
    /** The server said the order is paid. */
    APPROVED,
    /** Something the customer cannot fix: staff help is needed. */
    FAILED
}
