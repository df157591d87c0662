package cafe.kiosk.order;

/**
 * Whether a choice fits into the cart. A kiosk takes a counter's order ({@link
 * cafe.contract.order.OrderLimits}, and {@link Cart#MAX_QUANTITY} of one line); a bigger one is for
 * the counter, and the customer is told so before anything is left out.
 */
public enum CartRoom {
    FITS,
    /** The same choice already in the cart, and this many more, come to over {@link Cart#MAX_QUANTITY}. */
    TOO_MANY_OF_ONE,
    /** The cart holds {@link cafe.contract.order.OrderLimits#MAX_LINES} lines already. */
    TOO_MANY_LINES,
    /** The cart would come to over {@link cafe.contract.order.OrderLimits#MAX_TOTAL_WON}. */
    TOO_MUCH;

    public boolean fits() {
        return this == FITS;
    }
}
