package cafe.core.barista.application;

import cafe.contract.LocalizedText;
import cafe.contract.order.OrderType;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaidLine;
import java.time.Instant;
import java.util.List;

/** Paid orders as ordering announces them. */
final class BarFixtures {

    private BarFixtures() {
    }

    static OrderPaid paid(String orderId, int number, Instant paidAt, PaidLine... lines) {
        return new OrderPaid(orderId, number, OrderType.TAKE_OUT, List.of(lines), paidAt, null, null, null);
    }

    static PaidLine drink(String itemId, int quantity, int prepSeconds) {
        return new PaidLine(itemId, new LocalizedText(itemId + "-ko", itemId), List.of(new LocalizedText("샷 추가",
                "Extra shot")), quantity, prepSeconds, 5_000L * quantity);
    }
}
