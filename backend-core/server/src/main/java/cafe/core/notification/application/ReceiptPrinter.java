package cafe.core.notification.application;

import java.util.List;

/**
 * Where a receipt is printed: fixed-width lines ({@link cafe.core.notification.domain.ReceiptLayout#WIDTH}
 * columns) as a thermal receipt printer takes them.
 */
public interface ReceiptPrinter {

    /**
     * Prints the lines for the order.
     *
     * @throws RuntimeException when the printer could not (out of paper, unreachable)
     */
    void print(String orderId, List<String> lines);
}
