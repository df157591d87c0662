package cafe.kiosk.flow;

/** How the customer wants to hear that the order is ready: a text message or an e-mail. */
public enum ContactChannel {
    PHONE, EMAIL
}
