package cafe.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.CardToken;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Role;
import cafe.core.events.OrderCancelled;
import cafe.core.events.PaymentApproved;
import cafe.core.events.PaymentDeclined;
import cafe.core.events.PaymentRefunded;
import cafe.core.events.PaymentRequested;
import cafe.core.testing.EventTap;
import cafe.core.testing.FlowStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payment on the real broker and SQLite, with ordering played by the test. */
class PaymentFlowTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;
    private FlowStore store;
    private EventTap paymentEvents;

    @BeforeEach
    void startStore() throws Exception {
        store = FlowStore.start(dataDir);
        paymentEvents = store.tap(Role.ADMIN, Addresses.PAYMENT_EVENTS);
    }

    @AfterEach
    void stopStore() throws Exception {
        paymentEvents.close();
        store.close();
    }

    @Test
    void aGoodCardIsApproved() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-1", request("o-1", 1, TestCards.APPROVE));

        PaymentApproved approved = awaitOne("PaymentApproved", "o-1", PaymentApproved.class);
        assertThat(approved.amountWon()).isEqualTo(9_000);
        assertThat(store.count("payment", "select count(*) from payment where order_id = ? and status = 'APPROVED'"
                + " and card_last4 = '4242'", "o-1")).isEqualTo(1);
    }

    @Test
    void aDeclinedCardThenASecondCardIsCharged() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-1", request("o-1", 1, TestCards.DECLINE));
        PaymentDeclined declined = awaitOne("PaymentDeclined", "o-1", PaymentDeclined.class);
        assertThat(declined.reasonCode()).isEqualTo("CARD_DECLINED");

        store.publish(Addresses.PAYMENT_REQUESTS, "o-1", request("o-1", 2, TestCards.APPROVE));

        assertThat(awaitOne("PaymentApproved", "o-1", PaymentApproved.class).attempt()).isEqualTo(2);
        assertThat(store.gateway().chargesMade()).isEqualTo(1);
    }

    @Test
    void theSameRequestTwiceMakesOnePaymentAndOneCharge() throws Exception {
        PaymentRequested request = request("o-1", 1, TestCards.APPROVE);
        String eventId = store.publish(Addresses.PAYMENT_REQUESTS, "o-1", request);
        store.publish(Addresses.PAYMENT_REQUESTS, "o-1", request, eventId);
        store.publish(Addresses.PAYMENT_REQUESTS, "o-1", request);

        await().atMost(DEADLINE).until(() -> paymentEvents.bodies("PaymentApproved", "o-1", PaymentApproved.class)
                .size() == 2);
        List<PaymentApproved> approvals = paymentEvents.bodies("PaymentApproved", "o-1", PaymentApproved.class);
        assertThat(approvals).extracting(PaymentApproved::paymentId).containsOnly(approvals.get(0).paymentId());
        assertThat(store.gateway().chargesMade()).isEqualTo(1);
        assertThat(store.gateway().callsFor("o-1:1")).isEqualTo(1);
        assertThat(store.count("payment", "select count(*) from payment where order_id = ?", "o-1")).isEqualTo(1);
    }

    @Test
    void aGatewayThatNeverAnswersEndsDeclinedAsUnavailableAfterThreeTries() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-1", request("o-1", 1, TestCards.TIMEOUT));

        PaymentDeclined declined = awaitOne("PaymentDeclined", "o-1", PaymentDeclined.class);

        assertThat(declined.reasonCode()).isEqualTo("UNAVAILABLE");
        assertThat(store.gateway().callsFor("o-1:1")).isEqualTo(3);
        assertThat(store.queueDepth("dead-letters")).isEqualTo(1);
        assertThat(store.count("payment", "select count(*) from payment where order_id = ? and status = 'DECLINED'",
                "o-1")).isEqualTo(1);
    }

    @Test
    void aRequestThatWentStaleEndsDeclinedAsExpiredWithoutACharge() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-slow", request("o-slow", 1, TestCards.TIMEOUT));
        store.publishExpiring(Addresses.PAYMENT_REQUESTS, "o-1", request("o-1", 1, TestCards.APPROVE),
                Duration.ofMillis(50));

        PaymentDeclined declined = awaitOne("PaymentDeclined", "o-1", PaymentDeclined.class);

        assertThat(declined.reasonCode()).isEqualTo("EXPIRED");
        assertThat(store.gateway().callsFor("o-1:1")).isZero();
    }

    @Test
    void aCancelledPaidOrderIsRefundedOnce() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-1", request("o-1", 1, TestCards.APPROVE));
        awaitOne("PaymentApproved", "o-1", PaymentApproved.class);

        OrderCancelled cancelled = new OrderCancelled("o-1", 105, true, 9_000, "staff cancelled");
        store.publish(Addresses.ORDER_EVENTS, "o-1", cancelled);
        store.publish(Addresses.ORDER_EVENTS, "o-1", cancelled);

        PaymentRefunded refunded = awaitOne("PaymentRefunded", "o-1", PaymentRefunded.class);
        assertThat(refunded.amountWon()).isEqualTo(9_000);
        await().atMost(DEADLINE).until(() -> store.count("payment",
                "select count(*) from payment where order_id = ? and status = 'REFUNDED'", "o-1") == 1);
        assertThat(store.gateway().refundsMade()).isEqualTo(1);
    }

    private <T> T awaitOne(String type, String orderId, Class<T> bodyType) {
        await().atMost(DEADLINE).until(() -> !paymentEvents.bodies(type, orderId, bodyType).isEmpty());
        return paymentEvents.bodies(type, orderId, bodyType).get(0);
    }

    private static PaymentRequested request(String orderId, int attempt, String token) {
        return new PaymentRequested(orderId, 105, attempt, 9_000, new CardToken(token, "VISA", "4242"));
    }
}
