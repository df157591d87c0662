package cafe.core.order;

import static cafe.core.order.Carts.DECLINING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderView;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Role;
import cafe.core.events.OrderCancelled;
import cafe.core.platform.EventRecorder;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import cafe.core.server.Safeguards;
import cafe.core.server.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk that dies after a decline never cancels its order: the store closes it after a while. */
class AbandonedOrderTest {

    private static final Duration LEFT_FOR = Duration.ofSeconds(2);

    @TempDir
    Path dataDir;

    @Test
    void aDeclinedOrderNobodyComesBackToIsClosedWithoutARefundAndAPaidOneIsLeftAlone() throws Exception {
        StoreConfig config = StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU)
                .withSafeguards(Safeguards.standard().withAbandonedOrdersAfter(LEFT_FOR));
        try (RunningStore store = new RunningStore(config)) {
            TestTerminal kiosk = store.terminal(Role.KIOSK);
            EventRecorder serviceEvents = store.terminal(Role.ADMIN).record(Addresses.ORDER_SERVICE_EVENTS);
            OrderAccepted declined = place(kiosk, order(DECLINING_CARD, 4_500, americano(1)));
            OrderAccepted paid = place(kiosk, order(4_500, americano(1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> status(kiosk, declined) == OrderStatus.PAYMENT_FAILED);
            long leftAt = System.nanoTime();

            await().atMost(Duration.ofSeconds(20)).until(() -> status(kiosk, declined) == OrderStatus.CANCELLED);

            assertThat(Duration.ofNanos(System.nanoTime() - leftAt)).isGreaterThanOrEqualTo(LEFT_FOR.minusMillis(500));
            OrderCancelled cancelled = serviceEvents.body(serviceEvents.await("OrderCancelled", declined.orderId()),
                    OrderCancelled.class);
            assertThat(cancelled.refundDue()).isFalse();
            assertThat(view(kiosk, declined).failureReason()).isEqualTo("ABANDONED");
            assertThat(status(kiosk, paid)).isNotEqualTo(OrderStatus.CANCELLED);
        }
    }

    private static OrderAccepted place(TestTerminal kiosk, Object command) throws Exception {
        return kiosk.json().convertValue(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, command)
                .data(), OrderAccepted.class);
    }

    private static OrderStatus status(TestTerminal kiosk, OrderAccepted order) throws Exception {
        return view(kiosk, order).status();
    }

    private static OrderView view(TestTerminal kiosk, OrderAccepted order) throws Exception {
        return kiosk.json().convertValue(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.GET_ORDER,
                Map.of("orderId", order.orderId())).data(), OrderView.class);
    }
}
