package cafe.kiosk.pay;

import cafe.contract.order.OrderType;
import cafe.kiosk.order.CartEntry;
import java.util.List;

/**
 * What the "thank you" screen shows once the server has said the order is paid, and the key the
 * order was placed with, which proves it is this kiosk's when the customer leaves a contact.
 */
public record PaidOrder(String orderId, String orderKey, int orderNumber, OrderType orderType, List<CartEntry> lines,
                        long totalWon) {

    public PaidOrder {
        lines = List.copyOf(lines);
    }
}
