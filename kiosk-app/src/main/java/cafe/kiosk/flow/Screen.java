package cafe.kiosk.flow;

/** The kiosk's screens, in the order a customer meets them. */
public enum Screen {
    START, MENU, CART, PAYMENT, CONTACT, DONE
}
