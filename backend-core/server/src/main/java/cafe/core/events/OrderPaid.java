package cafe.core.events;

import cafe.contract.order.OrderType;
import java.time.Instant;
import java.util.List;

/** An order is paid: the bar queues a ticket; notification remembers the contact, if any. */
public record OrderPaid(String orderId, int orderNumber, OrderType orderType, List<PaidLine> lines,
                        Instant paidAt, String contact) implements OrderingEvent {

    public static final String TYPE = "OrderPaid";

    @Override
    public String type() {
        return TYPE;
    }

    public OrderPaid {
        lines = List.copyOf(lines);
    }
}
