package cafe.core.events;

import cafe.contract.order.OrderType;
import java.time.Instant;
import java.util.List;

/**
 * An order is paid: the bar queues a ticket; notification remembers the contact, if any, and keeps
 * the receipt ({@code paidWith}: null only in events written before receipts existed) with
 * {@code orderKeyDigest}, the digest of the key the kiosk placed the order with (null only in events
 * written before it), which a contact left later must prove.
 */
public record OrderPaid(String orderId, int orderNumber, OrderType orderType, List<PaidLine> lines,
                        Instant paidAt, String contact, PaidWith paidWith, String orderKeyDigest)
        implements OrderingEvent {

    public static final String TYPE = "OrderPaid";

    @Override
    public String type() {
        return TYPE;
    }

    public OrderPaid {
        lines = List.copyOf(lines);
    }
}
