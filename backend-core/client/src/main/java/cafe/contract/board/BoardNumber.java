package cafe.contract.board;

import java.time.Instant;

/** One order number on the pickup board and since when it is in its column. */
public record BoardNumber(String orderId, int orderNumber, Instant since) {
}
