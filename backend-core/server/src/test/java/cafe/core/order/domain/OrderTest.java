package cafe.core.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.LocalizedText;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static Order newOrder() {
        OrderLine latte = new OrderLine("latte", new LocalizedText("라떼", "Latte"),
                List.of(new ChosenOption("size-large", new LocalizedText("라지", "Large"), 500)), 2, 5_500, 150);
        return Order.place(new OrderIdentity("o-1", 101, LocalDate.of(2026, 3, 2), "kiosk-1", "key-1",
                Instant.parse("2026-03-02T00:00:00Z")), OrderType.DINE_IN, new PricedCart(List.of(latte)), null);
    }

    private static Order orderAt(OrderStatus status) {
        Order order = newOrder();
        return new Order(order.identity(), order.orderType(), order.lines(), null, status, 1, null);
    }

    private static void assertRefused(ThrowingCallable move, ErrorCode code) {
        assertThatThrownBy(move).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    @Test
    void aNewOrderWaitsForItsFirstPaymentAttempt() {
        Order order = newOrder();

        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(order.paymentAttempt()).isEqualTo(1);
        assertThat(order.totalWon()).isEqualTo(11_000);
    }

    @Test
    void aDeclinedOrderIsPaidAgainAsTheNextAttempt() {
        Order order = newOrder();
        order.markPaymentFailed("INSUFFICIENT_FUNDS");
        assertThat(order.failureReason()).isEqualTo("INSUFFICIENT_FUNDS");

        assertThat(order.retryPayment("key-1", 1)).isTrue();
        assertThat(order.paymentAttempt()).isEqualTo(2);
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(order.failureReason()).isNull();
        order.markPaid();
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void theSameRetrySentAgainAfterItsAttemptWasDeclinedTooOpensNoOther() {
        Order order = newOrder();
        order.markPaymentFailed("CARD_DECLINED");
        order.retryPayment("key-1", 1);
        order.markPaymentFailed("INSUFFICIENT_FUNDS");

        assertThat(order.retryPayment("key-1", 1)).as("the retry after attempt 1, sent again").isFalse();
        assertThat(order.paymentAttempt()).isEqualTo(2);
        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(order.failureReason()).isEqualTo("INSUFFICIENT_FUNDS");
        assertRefused(() -> order.retryPayment("key-1", 3), ErrorCode.ILLEGAL_TRANSITION);
        assertThat(order.retryPayment("key-1", 2)).as("a third card after the second's decline").isTrue();
        assertThat(order.paymentAttempt()).isEqualTo(3);
    }

    @Test
    void aKioskThatDoesNotSayWhichAttemptWasDeclinedRetriesTheLastOne() {
        Order order = newOrder();
        order.markPaymentFailed("CARD_DECLINED");

        assertThat(order.retryPayment("key-1", 0)).isTrue();
        assertThat(order.paymentAttempt()).isEqualTo(2);
        assertRefused(() -> order.retryPayment("key-1", 0), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void paymentMovesAreRefusedOutOfTurn() {
        assertRefused(() -> newOrder().retryPayment("key-1", 1), ErrorCode.ILLEGAL_TRANSITION);
        assertRefused(() -> orderAt(OrderStatus.PAID).markPaid(), ErrorCode.ILLEGAL_TRANSITION);
        assertRefused(() -> orderAt(OrderStatus.QUEUED).markPaymentFailed("CARD_DECLINED"),
                ErrorCode.ILLEGAL_TRANSITION);
        assertRefused(() -> orderAt(OrderStatus.CANCELLED).markPaid(), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void theBarMovesAPaidOrderForwardAndARecallUndoesTheLastBump() {
        assertThat(OrderLifecycle.followsBar(OrderStatus.PAID, OrderStatus.QUEUED)).isTrue();
        assertThat(OrderLifecycle.followsBar(OrderStatus.QUEUED, OrderStatus.IN_PREPARATION)).isTrue();
        assertThat(OrderLifecycle.followsBar(OrderStatus.IN_PREPARATION, OrderStatus.READY)).isTrue();
        assertThat(OrderLifecycle.followsBar(OrderStatus.READY, OrderStatus.PICKED_UP)).isTrue();
        assertThat(OrderLifecycle.followsBar(OrderStatus.PICKED_UP, OrderStatus.READY)).isTrue();
    }

    @Test
    void theBarCannotSkipPaymentGoBackPastPreparationOrCancel() {
        assertThat(OrderLifecycle.followsBar(OrderStatus.CREATED, OrderStatus.QUEUED)).isFalse();
        assertThat(OrderLifecycle.followsBar(OrderStatus.PAID, OrderStatus.READY)).isFalse();
        assertThat(OrderLifecycle.followsBar(OrderStatus.READY, OrderStatus.QUEUED)).isFalse();
        assertThat(OrderLifecycle.followsBar(OrderStatus.CANCELLED, OrderStatus.QUEUED)).isFalse();
        assertThat(OrderLifecycle.followsBar(OrderStatus.QUEUED, OrderStatus.CANCELLED)).isFalse();
    }

    @Test
    void aKioskCancelsOnlyWhatIsUnpaid() {
        Order declined = orderAt(OrderStatus.PAYMENT_FAILED);
        declined.cancelUnpaid("key-1");
        assertThat(declined.status()).isEqualTo(OrderStatus.CANCELLED);

        assertRefused(() -> orderAt(OrderStatus.PAID).cancelUnpaid("key-1"), ErrorCode.FORBIDDEN);
        assertRefused(() -> orderAt(OrderStatus.QUEUED).cancelUnpaid("key-1"), ErrorCode.FORBIDDEN);
    }

    @Test
    void aKioskCannotCancelAnOrderAnotherKioskPlaced() {
        Order someoneElses = orderAt(OrderStatus.PAYMENT_FAILED);

        assertRefused(() -> someoneElses.cancelUnpaid("key-guessed"), ErrorCode.FORBIDDEN);
        assertRefused(() -> someoneElses.cancelUnpaid(null), ErrorCode.FORBIDDEN);
        assertThat(someoneElses.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
    }

    @Test
    void aKioskCannotPayAgainForAnOrderAnotherKioskPlaced() {
        Order someoneElses = orderAt(OrderStatus.PAYMENT_FAILED);

        assertRefused(() -> someoneElses.retryPayment("key-guessed", 1), ErrorCode.FORBIDDEN);
        assertRefused(() -> someoneElses.retryPayment(null, 1), ErrorCode.FORBIDDEN);
        assertThat(someoneElses.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(someoneElses.paymentAttempt()).isEqualTo(1);
    }

    @Test
    void onlyADeclinedOrderIsClosedAsAbandoned() {
        Order declined = orderAt(OrderStatus.PAYMENT_FAILED);
        declined.closeAsAbandoned();
        assertThat(declined.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(declined.failureReason()).isEqualTo(Order.ABANDONED);

        assertRefused(() -> newOrder().closeAsAbandoned(), ErrorCode.ILLEGAL_TRANSITION);
        assertRefused(() -> orderAt(OrderStatus.PAID).closeAsAbandoned(), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void staffCancelUntilPreparationStartsAndRefundWhatWasPaid() {
        assertThat(orderAt(OrderStatus.CREATED).cancelByStaff()).isFalse();
        assertThat(orderAt(OrderStatus.PAID).cancelByStaff()).isTrue();
        assertThat(orderAt(OrderStatus.QUEUED).cancelByStaff()).isTrue();

        assertRefused(() -> orderAt(OrderStatus.IN_PREPARATION).cancelByStaff(), ErrorCode.ILLEGAL_TRANSITION);
        assertRefused(() -> orderAt(OrderStatus.PICKED_UP).cancelByStaff(), ErrorCode.ILLEGAL_TRANSITION);
        assertRefused(() -> orderAt(OrderStatus.CANCELLED).cancelByStaff(), ErrorCode.ILLEGAL_TRANSITION);
    }
}
