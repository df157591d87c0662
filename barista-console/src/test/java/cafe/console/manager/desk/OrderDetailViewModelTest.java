package cafe.console.manager.desk;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.client.OrderDesk;
import cafe.console.manager.ManagerWindow;
import cafe.console.manager.office.StaffCalls;
import cafe.console.manager.receipt.ReceiptViewModel;
import cafe.contract.LocalizedText;
import cafe.contract.desk.FailedMessage;
import cafe.contract.desk.FailedMessageList;
import cafe.contract.desk.FindOrders;
import cafe.contract.desk.OrderList;
import cafe.contract.desk.OrderStory;
import cafe.contract.desk.OrderSummary;
import cafe.contract.desk.PaymentHistory;
import cafe.contract.desk.PaymentRecord;
import cafe.contract.desk.StatusChange;
import cafe.contract.desk.TicketHistory;
import cafe.contract.order.OrderLineView;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** An order's history put together from three answers, and a cancellation's reason and refusal, without a store. */
class OrderDetailViewModelTest {

    private static final Instant PLACED = Instant.parse("2026-12-04T05:30:00Z");
    private final Desk desk = new Desk();
    private final Texts texts = Texts.of(ManagerWindow.TEXTS, Language.EN);
    /** No receipt is asked for here: the desk behind it is never called. */
    private final StaffCalls calls = new StaffCalls(Runnable::run, CompletableFuture::new);
    private final ReceiptViewModel receipt = new ReceiptViewModel(null, texts, Runnable::run, calls, ZoneOffset.UTC);
    private final OrderDetailViewModel order = new OrderDetailViewModel(desk, receipt, texts,
            new DeskWords(texts, ZoneOffset.UTC), Runnable::run, calls);

    @Test
    void theHistoryIsPutTogetherFromWhatOrderingPaymentAndTheBarSay() {
        order.open("o-1");

        assertThat(order.headingProperty().get()).isEqualTo("Order 1101   Dec 4, 2026 05:30   ₩4,500   Picked up");
        assertThat(order.stepsProperty().get()).isEqualTo("05:30:00   Placed, not paid yet\n05:30:00   Paid");
        assertThat(order.paymentsProperty().get()).isEqualTo(
                "Try 1: VISA ****0002 ₩4,500   declined at 05:30:00: Card declined (DECLINED)\n"
                        + "Try 2: VISA ****4242 ₩4,500   approved, code AU1 at 05:30:00");
        assertThat(order.barProperty().get()).isEqualTo("It never reached the bar.");
    }

    @Test
    void aCancellationNeedsAReasonAndARefusalSaysTheStatusInWords() {
        order.open("o-1");
        order.cancel();
        assertThat(order.line().messageProperty().get())
                .isEqualTo("Write why the order is cancelled: the store keeps it with your name.");
        assertThat(desk.cancels).isEmpty();

        order.reasonProperty().set("wrong drink");
        order.cancel();

        assertThat(desk.cancels).containsExactly("o-1 wrong drink");
        assertThat(order.line().messageProperty().get())
                .isEqualTo("Order 1101 is Picked up: it can no longer be cancelled.");
        assertThat(order.line().problemProperty().get()).isTrue();
    }

    @Test
    void ordersChosenOneAfterAnotherWhileOneLoadsShowTheLastChosenAndNothingOfTheOthers() {
        desk.holding = true;
        order.open("o-1");
        order.open("o-2");
        order.open("o-3");
        assertThat(order.headingProperty().get()).isEmpty();

        desk.answerLoad("o-1");

        assertThat(order.headingProperty().get()).isEmpty();
        assertThat(desk.loads).containsExactly("o-1", "o-3");
        desk.answerLoad("o-3");
        assertThat(order.headingProperty().get()).startsWith("Order 1103 ");
    }

    @Test
    void aCancellationAnsweredAfterAnotherOrderWasChosenLeavesThatOrderOnScreenAndTheNextCancelGoesToIt() {
        order.open("o-1");
        desk.holding = true;
        order.reasonProperty().set("wrong drink");
        order.cancel();
        order.open("o-2");

        desk.cancelled.remove("o-1").complete(Desk.story("o-1", OrderStatus.CANCELLED));
        desk.answerLoad("o-2");

        assertThat(order.headingProperty().get()).startsWith("Order 1102 ");
        order.reasonProperty().set("customer left");
        order.cancel();
        assertThat(desk.cancels).containsExactly("o-1 wrong drink", "o-2 customer left");
    }

    /**
     * Order o-N is number 110N, picked up after a decline and an approval, which the store refuses to
     * cancel; while {@code holding}, every answer waits for the test.
     */
    private static final class Desk implements OrderDesk {

        final List<String> cancels = new ArrayList<>();
        final List<String> loads = new ArrayList<>();
        final Map<String, CompletableFuture<OrderStory>> stories = new HashMap<>();
        final Map<String, CompletableFuture<OrderStory>> cancelled = new HashMap<>();
        boolean holding;

        void answerLoad(String orderId) {
            stories.remove(orderId).complete(story(orderId, OrderStatus.PICKED_UP));
        }

        @Override
        public CompletableFuture<OrderList> find(FindOrders query) {
            return CompletableFuture.completedFuture(
                    new OrderList(List.of(summary("o-1", OrderStatus.PICKED_UP)), false, LocalDate.of(2026, 12, 4)));
        }

        @Override
        public CompletableFuture<OrderStory> story(String orderId) {
            loads.add(orderId);
            if (holding) {
                return stories.computeIfAbsent(orderId, id -> new CompletableFuture<>());
            }
            return CompletableFuture.completedFuture(story(orderId, OrderStatus.PICKED_UP));
        }

        static OrderStory story(String orderId, OrderStatus status) {
            return new OrderStory(summary(orderId, status),
                    List.of(new OrderLineView("americano", new LocalizedText("아메리카노", "Americano"), List.of(), 1,
                            4_500, 4_500)),
                    List.of(new StatusChange(OrderStatus.CREATED, PLACED, null, null, null),
                            new StatusChange(OrderStatus.PAID, PLACED, null, null, null)));
        }

        @Override
        public CompletableFuture<PaymentHistory> payments(String orderId) {
            return CompletableFuture.completedFuture(new PaymentHistory(orderId, List.of(
                    new PaymentRecord(1, 4_500, "VISA", "0002", "DECLINED", null, "DECLINED", "Card declined", PLACED,
                            null, null),
                    new PaymentRecord(2, 4_500, "VISA", "4242", "APPROVED", "AU1", null, null, PLACED, null, null))));
        }

        @Override
        public CompletableFuture<TicketHistory> ticket(String orderId) {
            return CompletableFuture.completedFuture(new TicketHistory(orderId, null));
        }

        @Override
        public CompletableFuture<OrderStory> cancel(String orderId, String reason, String requestKey) {
            cancels.add(orderId + " " + reason);
            if (holding) {
                return cancelled.computeIfAbsent(orderId, id -> new CompletableFuture<>());
            }
            var details = JsonNodeFactory.instance.objectNode().put("status", "PICKED_UP");
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.ORDER_NOT_CANCELLABLE, "refused", details));
        }

        @Override
        public CompletableFuture<FailedMessageList> failedMessages() {
            return CompletableFuture.completedFuture(new FailedMessageList(List.of()));
        }

        @Override
        public CompletableFuture<FailedMessage> retry(long id, String note) {
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.FAILED_MESSAGE_NOT_FOUND, "none"));
        }

        @Override
        public CompletableFuture<FailedMessage> discard(long id, String reason) {
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.FAILED_MESSAGE_NOT_FOUND, "none"));
        }

        private static OrderSummary summary(String orderId, OrderStatus status) {
            int number = 1100 + Integer.parseInt(orderId.substring("o-".length()));
            return new OrderSummary(orderId, number, LocalDate.of(2026, 12, 4), PLACED, 4_500, status,
                    OrderType.TAKE_OUT);
        }
    }
}
