package cafe.contract.order;

/**
 * The largest order the store takes from a kiosk: a counter's order, not a warehouse's. The store
 * refuses a bigger one with ORDER_TOO_LARGE; a kiosk keeps its cart within these so that it never
 * gets that far.
 */
public final class OrderLimits {

    /** Lines in one order. */
    public static final int MAX_LINES = 30;
    /** What one order may come to. */
    public static final long MAX_TOTAL_WON = 1_000_000;

    private OrderLimits() {
    }
}
