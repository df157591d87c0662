package cafe.kiosk.pay;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.contract.order.CartProblem;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.OrderView;
import cafe.contract.order.RetryPayment;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.order.Cart;
import cafe.kiosk.order.ItemChoice;
import cafe.kiosk.order.LineProblem;
import cafe.kiosk.testing.Menus;
import cafe.kiosk.testing.ScriptedKiosk;
import cafe.terminal.testing.MutableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    private static final String ORDER = "order-1";

    private final MutableClock clock = MutableClock.at("2026-12-02T01:00:00Z");
    private final ScriptedKiosk server = new ScriptedKiosk();
    private final List<PaidOrder> paid = new ArrayList<>();
    private final List<ErrorCode> reviews = new ArrayList<>();
    private final Checkout checkout = new Checkout(server, Runnable::run, clock, "kiosk-1", paid::add, reviews::add);
    private final Cart cart = new Cart();

    @BeforeEach
    void aCartAtTheTerminal() {
        cart.add(new ItemChoice(Menus.standard(), Menus.LATTE).toEntry());
        checkout.begin(cart, OrderType.TAKE_OUT);
    }

    @Test
    void onlyTheServersWordMakesAnOrderPaid() {
        checkout.present(SimulatedCard.APPROVE.read());
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));
        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.AUTHORIZING);
        assertThat(paid).isEmpty();

        checkout.onOrderUpdate(new OrderUpdate("another-order", 102, OrderStatus.PAID, null, null));
        assertThat(paid).isEmpty();
        checkout.onOrderUpdate(new OrderUpdate(ORDER, 101, OrderStatus.PAID, null, null));

        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.APPROVED);
        assertThat(paid).extracting(PaidOrder::orderNumber).containsExactly(101);
        assertThat(server.placed.get(0).card().token()).as("only a token leaves the terminal")
                .isEqualTo(cafe.contract.order.TestCards.APPROVE);
    }

    @Test
    void anAnswerLostOnTheWayIsAskedForAgainWithTheSameKeySoTheCardIsChargedOnce() {
        checkout.present(SimulatedCard.APPROVE.read());
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        assertThat(checkout.waitingForStoreProperty().get()).isTrue();
        assertThat(checkout.cancel()).as("no walking away while the charge is unknown").isFalse();

        clock.advance(Duration.ofSeconds(1));
        checkout.tick();
        assertThat(server.placed).hasSize(1);
        checkout.reconnected();

        assertThat(server.placed).hasSize(2);
        assertThat(server.placed.get(1).idempotencyKey()).isEqualTo(server.placed.get(0).idempotencyKey());
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));
        assertThat(checkout.waitingForStoreProperty().get()).isFalse();
    }

    @Test
    void aResendTheFullStoreRefusesGoesAgainWithTheSameKeySinceTheFirstSendMayHaveBeenCharged() {
        checkout.present(SimulatedCard.APPROVE.read());
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        clock.advance(Duration.ofSeconds(3));
        checkout.tick();
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.STORE_UNAVAILABLE, "disk full"));

        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.AUTHORIZING);
        assertThat(checkout.waitingForStoreProperty().get()).isTrue();
        assertThat(checkout.cancel()).as("no walking away while the charge is unknown").isFalse();
        clock.advance(Duration.ofSeconds(3));
        checkout.tick();
        assertThat(server.placed).hasSize(3);
        assertThat(server.placed.get(2).idempotencyKey()).isEqualTo(server.placed.get(0).idempotencyKey());
    }

    @Test
    void aFirstSendTheFullStoreRefusesFailsAtOnceSinceNothingReachedIt() {
        checkout.present(SimulatedCard.APPROVE.read());
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.STORE_UNAVAILABLE, "disk full"));

        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.FAILED);
        assertThat(checkout.failedOrderNumberProperty().get()).as("no order was taken").isZero();
        assertThat(checkout.cancel()).isTrue();
    }

    @Test
    void aDeclineIsPaidAgainOnTheSameOrderWithTheNextCard() {
        declinedOnce();

        checkout.tryAnotherCard();
        checkout.present(SimulatedCard.APPROVE.read());

        assertThat(server.placed).hasSize(1);
        assertThat(server.retried).singleElement().satisfies(retry -> {
            assertThat(retry.orderId()).isEqualTo(ORDER);
            assertThat(retry.idempotencyKey()).as("the key the order was placed with proves it is this kiosk's")
                    .isEqualTo(server.placed.get(0).idempotencyKey());
        });
    }

    @Test
    void aDeclineEventIsCheckedWithTheServerBeforeTheCustomerSeesIt() {
        checkout.present(SimulatedCard.DECLINE.read());
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));
        checkout.onOrderUpdate(new OrderUpdate(ORDER, 101, OrderStatus.PAYMENT_FAILED, "CARD_DECLINED", "declined"));
        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.AUTHORIZING);

        server.lookups.get(1).complete(view(OrderStatus.PAYMENT_FAILED, "CARD_DECLINED"));
        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.DECLINED);
        assertThat(checkout.declineReasonProperty().get()).isEqualTo("CARD_DECLINED");
    }

    @Test
    void aLateAnswerAboutTheFirstCardDoesNotDeclineTheSecond() {
        checkout.present(SimulatedCard.DECLINE.read());
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));
        checkout.onOrderUpdate(new OrderUpdate(ORDER, 101, OrderStatus.PAYMENT_FAILED, "CARD_DECLINED", "declined"));
        server.lookups.get(1).complete(view(OrderStatus.PAYMENT_FAILED, "CARD_DECLINED"));
        checkout.tryAnotherCard();
        checkout.present(SimulatedCard.APPROVE.read());

        server.lookups.get(0).complete(view(OrderStatus.PAYMENT_FAILED, "CARD_DECLINED"));

        assertThat(checkout.stageProperty().get()).as("the first card's answer came late").isEqualTo(PaymentStage.AUTHORIZING);
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));
        checkout.onOrderUpdate(new OrderUpdate(ORDER, 101, OrderStatus.PAID, null, null));
        assertThat(paid).extracting(PaidOrder::orderId).containsExactly(ORDER);
    }

    @Test
    void aRetryWhoseAnswerIsLostIsSentAgainNotTakenForTheOldDecline() {
        declinedOnce();
        checkout.tryAnotherCard();
        checkout.present(SimulatedCard.APPROVE.read());
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.NOT_CONNECTED, "link down"));

        checkout.reconnected();

        assertThat(server.retried).hasSize(2);
        assertThat(server.retried).extracting(RetryPayment::declinedAttempt).as("both name the first card's attempt")
                .containsExactly(1, 1);
        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.AUTHORIZING);
    }

    @Test
    void aRetrySentAgainAfterItsCardWasDeclinedShowsThatDeclineAndTheNextCardNamesItsAttempt() {
        declinedOnce();
        checkout.tryAnotherCard();
        checkout.present(SimulatedCard.INSUFFICIENT_FUNDS.read());
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        clock.advance(Duration.ofSeconds(3));
        checkout.tick();

        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.PAYMENT_FAILED, 2));
        server.lookups.get(server.lookups.size() - 1).complete(view(OrderStatus.PAYMENT_FAILED, "INSUFFICIENT_FUNDS"));

        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.DECLINED);
        assertThat(checkout.declineReasonProperty().get()).isEqualTo("INSUFFICIENT_FUNDS");
        checkout.tryAnotherCard();
        checkout.present(SimulatedCard.APPROVE.read());
        assertThat(server.retried).extracting(RetryPayment::declinedAttempt).containsExactly(1, 1, 2);
    }

    @Test
    void aPaymentThatTakesTooLongSendsTheCustomerToStaffAndKeepsFollowingTheOrder() {
        checkout.present(SimulatedCard.TIMEOUT.read());
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));
        clock.advance(Duration.ofSeconds(91));
        checkout.tick();

        assertThat(checkout.askStaffProperty().get()).isTrue();
        assertThat(checkout.cancel()).isFalse();
        checkout.onOrderUpdate(new OrderUpdate(ORDER, 101, OrderStatus.PAID, null, null));
        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.APPROVED);
    }

    @Test
    void aSendLeftUnansweredGoesAgainAfterItsWaitThoughThePcsClockWasSetBackAnHour() {
        checkout.present(SimulatedCard.APPROVE.read());
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        clock.step(Duration.ofHours(-1));

        clock.advance(Duration.ofSeconds(3));
        checkout.tick();

        assertThat(server.placed).hasSize(2);
        assertThat(checkout.askStaffProperty().get()).as("nor is staff asked for early").isFalse();
        clock.step(Duration.ofHours(2));
        checkout.tick();
        assertThat(checkout.askStaffProperty().get()).as("a clock set forward asks for staff no earlier").isFalse();
    }

    @Test
    void anOrderLeftWhileTheLinkIsDownIsCancelledOnceItIsBack() {
        declinedOnce();
        server.linkDown = true;
        assertThat(checkout.cancel()).isTrue();
        assertThat(server.cancelled).hasSize(1);

        server.linkDown = false;
        checkout.reconnected();
        checkout.reconnected();

        assertThat(server.cancelled).hasSize(2).allSatisfy(cancel -> assertThat(cancel.orderId()).isEqualTo(ORDER));
    }

    @Test
    void aCancellationLeftUnansweredWhileTheLinkStaysUpIsSentAgainUntilTheStoreAnswers() {
        declinedOnce();
        server.cancelUnanswered = true;
        assertThat(checkout.cancel()).isTrue();
        checkout.begin(cart, OrderType.TAKE_OUT);

        clock.advance(Duration.ofSeconds(3));
        checkout.tick();
        assertThat(server.cancelled).hasSize(2);
        server.cancelUnanswered = false;
        clock.advance(Duration.ofSeconds(3));
        checkout.tick();
        clock.advance(Duration.ofSeconds(3));
        checkout.tick();
        checkout.reconnected();

        assertThat(server.cancelled).hasSize(3).allSatisfy(cancel -> assertThat(cancel.orderId()).isEqualTo(ORDER));
    }

    @Test
    void anOrderTheStoreNoLongerKnowsSendsTheCustomerToStaffInsteadOfWaitingForever() {
        checkout.present(SimulatedCard.APPROVE.read());
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));

        server.lookups.get(0).completeExceptionally(new CafeException(ErrorCode.ORDER_NOT_FOUND, "no order"));

        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.FAILED);
        assertThat(checkout.failedOrderNumberProperty().get()).as("the store gives 101 to the next order").isZero();
        assertThat(checkout.busy()).isFalse();
        assertThat(checkout.cancel()).isTrue();
        assertThat(server.cancelled).as("nothing to cancel").isEmpty();
        assertThat(paid).isEmpty();
    }

    @Test
    void aRetryTheStoreAnswersWithNoSuchOrderIsTreatedAsTheLostOrderItIs() {
        declinedOnce();
        checkout.tryAnotherCard();
        checkout.present(SimulatedCard.APPROVE.read());

        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.ORDER_NOT_FOUND, "no order"));

        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.FAILED);
        assertThat(checkout.failedOrderNumberProperty().get()).as("the store gives 101 to the next order").isZero();
        assertThat(checkout.cancel()).isTrue();
        assertThat(server.cancelled).as("nothing to cancel").isEmpty();
    }

    private void declinedOnce() {
        checkout.present(SimulatedCard.DECLINE.read());
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));
        server.lookups.get(0).complete(view(OrderStatus.PAYMENT_FAILED, "CARD_DECLINED"));
        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.DECLINED);
    }

    private OrderView view(OrderStatus status, String reason) {
        return new OrderView(ORDER, 101, status, OrderType.TAKE_OUT, List.of(), 5000, clock.instant(), reason);
    }

    @Test
    void leavingAfterADeclineCancelsTheUnpaidOrder() {
        checkout.present(SimulatedCard.DECLINE.read());
        server.lastAcceptance().complete(new OrderAccepted(ORDER, 101, 5000, OrderStatus.CREATED, 1));
        server.lookups.get(0).complete(view(OrderStatus.PAYMENT_FAILED, "INSUFFICIENT_FUNDS"));
        assertThat(checkout.declineReasonProperty().get()).isEqualTo("INSUFFICIENT_FUNDS");

        assertThat(checkout.cancel()).isTrue();
        assertThat(server.cancelled).singleElement().satisfies(cancel -> {
            assertThat(cancel.orderId()).isEqualTo(ORDER);
            assertThat(cancel.idempotencyKey()).as("the proof that this kiosk placed it")
                    .isEqualTo(server.placed.get(0).idempotencyKey());
        });
    }

    @Test
    void anOrderTooLargeForTheStoreGoesBackToTheCartSayingSoNotToTheFailureScreen() {
        checkout.present(SimulatedCard.APPROVE.read());
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.ORDER_TOO_LARGE,
                "an order may come to at most 1000000 won"));

        assertThat(reviews).containsExactly(ErrorCode.ORDER_TOO_LARGE);
        assertThat(checkout.stageProperty().get()).isEqualTo(PaymentStage.PRESENT_CARD);
    }

    @Test
    void theServersReviewYourCartAnswerMarksTheLinesAndTheNextTryIsANewOrder() {
        checkout.present(SimulatedCard.APPROVE.read());
        var details = new ObjectMapper().valueToTree(List.of(new CartProblem(0, "latte", "PRICE_CHANGED", 5300)));
        server.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.MENU_CHANGED, "review", details));

        assertThat(reviews).containsExactly(ErrorCode.MENU_CHANGED);
        assertThat(cart.lines().get(0).problem()).isEqualTo(LineProblem.PRICE_CHANGED);
        assertThat(cart.totalWon().get()).isEqualTo(5300);
        checkout.begin(cart, OrderType.TAKE_OUT);
        checkout.present(SimulatedCard.APPROVE.read());
        assertThat(server.placed.get(1).idempotencyKey()).isNotEqualTo(server.placed.get(0).idempotencyKey());
        assertThat(server.placed.get(1).expectedTotalWon()).isEqualTo(5300);
    }
}
