package cafe.kiosk.order;

/** What the kiosk knows is wrong with a cart line since the menu changed. */
public enum LineProblem {
    NONE,
    /** The price moved; the line shows the new price and the customer pays it knowingly. */
    PRICE_CHANGED,
    /** The item is sold out: the line must go before paying. */
    SOLD_OUT,
    /** The item or one of its options is no longer on the menu: the line must go before paying. */
    NOT_ON_MENU;

    /** True when the cart cannot be paid while such a line is in it. */
    public boolean blocksPayment() {
        return this == SOLD_OUT || this == NOT_ON_MENU;
    }
}
