package cafe.contract.receipt;

/**
 * The manager asks for a receipt: of one order by its id (from the order's history), or, without an
 * id, of the latest paid order with this number (numbers restart each day).
 */
public record FindReceipt(int orderNumber, String orderId) {

    public static FindReceipt numbered(int orderNumber) {
        return new FindReceipt(orderNumber, null);
    }

    public static FindReceipt of(String orderId) {
        return new FindReceipt(0, orderId);
    }
}
