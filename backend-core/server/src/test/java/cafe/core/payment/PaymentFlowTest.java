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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Payment on the real broker and SQLite, with ordering played by the test; each test its own order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentFlowTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    private FlowStore store;
    private EventTap paymentEvents;

    @BeforeAll
    void startStore(@TempDir Path dataDir) throws Exception {
        store = FlowStore.start(dataDir);
        paymentEvents = store.tap(Role.ADMIN, Addresses.PAYMENT_EVENTS);
    }

    @AfterAll
    void stopStore() throws Exception {
        paymentEvents.close();
        store.close();
    }

    @Test
    void aGoodCardIsApproved() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-good", request("o-good", 1, TestCards.APPROVE));

        PaymentApproved approved = awaitOne("PaymentApproved", "o-good", PaymentApproved.class);
        assertThat(approved.amountWon()).isEqualTo(9_000);
        assertThat(store.count("payment", "select count(*) from payment where order_id = ? and status = 'APPROVED'"
                + " and card_last4 = '4242'", "o-good")).isEqualTo(1);
    }

    @Test
    void aDeclinedCardThenASecondCardIsCharged() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-decline", request("o-decline", 1, TestCards.DECLINE));
        PaymentDeclined declined = awaitOne("PaymentDeclined", "o-decline", PaymentDeclined.class);
        assertThat(declined.reasonCode()).isEqualTo("CARD_DECLINED");

        store.publish(Addresses.PAYMENT_REQUESTS, "o-decline", request("o-decline", 2, TestCards.APPROVE));

        assertThat(awaitOne("PaymentApproved", "o-decline", PaymentApproved.class).attempt()).isEqualTo(2);
        assertThat(store.gateway().callsFor("o-decline:2")).isEqualTo(1);
    }

    @Test
    void theSameRequestTwiceMakesOnePaymentAndOneCharge() throws Exception {
        PaymentRequested request = request("o-twice", 1, TestCards.APPROVE);
        String eventId = store.publish(Addresses.PAYMENT_REQUESTS, "o-twice", request);
        store.publish(Addresses.PAYMENT_REQUESTS, "o-twice", request, eventId);
        store.publish(Addresses.PAYMENT_REQUESTS, "o-twice", request);

        // two consumers may take the two copies at once: each tells the one outcome
        await().atMost(DEADLINE).until(
                () -> paymentEvents.bodies("PaymentApproved", "o-twice", PaymentApproved.class).size() >= 2);
        List<PaymentApproved> approvals = paymentEvents.bodies("PaymentApproved", "o-twice", PaymentApproved.class);
        assertThat(approvals).extracting(PaymentApproved::paymentId).containsOnly(approvals.get(0).paymentId());
        assertThat(approvals).extracting(PaymentApproved::authorizationCode)
                .containsOnly(approvals.get(0).authorizationCode());
        assertThat(store.count("payment", "select count(*) from payment where order_id = ?", "o-twice"))
                .isEqualTo(1);
    }

    @Test
    void aPaidOrderAskedToPayAgainIsNotChargedASecondTime() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-paid", request("o-paid", 1, TestCards.APPROVE));
        PaymentApproved first = awaitOne("PaymentApproved", "o-paid", PaymentApproved.class);

        store.publish(Addresses.PAYMENT_REQUESTS, "o-paid", request("o-paid", 2, TestCards.APPROVE));

        await().atMost(DEADLINE).until(
                () -> paymentEvents.bodies("PaymentApproved", "o-paid", PaymentApproved.class).size() == 2);
        assertThat(paymentEvents.bodies("PaymentApproved", "o-paid", PaymentApproved.class))
                .extracting(PaymentApproved::paymentId).containsOnly(first.paymentId());
        assertThat(store.gateway().callsFor("o-paid:2")).isZero();
        assertThat(store.count("payment", "select count(*) from payment where order_id = ?", "o-paid")).isEqualTo(1);
    }

    @Test
    void aGatewayThatNeverAnswersEndsDeclinedAsUnavailableAfterThreeTries() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-silent", request("o-silent", 1, TestCards.TIMEOUT));

        PaymentDeclined declined = awaitOne("PaymentDeclined", "o-silent", PaymentDeclined.class);

        assertThat(declined.reasonCode()).isEqualTo("UNAVAILABLE");
        assertThat(store.gateway().callsFor("o-silent:1")).isEqualTo(3);
        assertThat(store.deadLetterOrderIds()).contains("o-silent");
        assertThat(store.count("payment", "select count(*) from payment where order_id = ? and status = 'DECLINED'",
                "o-silent")).isEqualTo(1);
    }

    @Test
    void aRequestThatWentStaleEndsDeclinedAsExpiredWithoutACharge() throws Exception {
        store.publishStale(Addresses.PAYMENT_REQUESTS, "o-stale", request("o-stale", 1, TestCards.APPROVE),
                Duration.ofMillis(50));

        PaymentDeclined declined = awaitOne("PaymentDeclined", "o-stale", PaymentDeclined.class);

        assertThat(declined.reasonCode()).isEqualTo("EXPIRED");
        assertThat(store.gateway().callsFor("o-stale:1")).isZero();
    }

    @Test
    void aCancelledPaidOrderIsRefundedOnce() throws Exception {
        int refundsBefore = store.gateway().refundsMade();
        store.publish(Addresses.PAYMENT_REQUESTS, "o-cancel", request("o-cancel", 1, TestCards.APPROVE));
        awaitOne("PaymentApproved", "o-cancel", PaymentApproved.class);

        OrderCancelled cancelled = new OrderCancelled("o-cancel", 105, true, 9_000, "staff cancelled");
        store.publish(Addresses.ORDER_SERVICE_EVENTS, "o-cancel", cancelled);
        store.publish(Addresses.ORDER_SERVICE_EVENTS, "o-cancel", cancelled);

        PaymentRefunded refunded = awaitOne("PaymentRefunded", "o-cancel", PaymentRefunded.class);
        assertThat(refunded.amountWon()).isEqualTo(9_000);
        await().atMost(DEADLINE).until(() -> store.count("payment",
                "select count(*) from payment where order_id = ? and status = 'REFUNDED'", "o-cancel") == 1);
        assertThat(store.gateway().refundsMade()).isEqualTo(refundsBefore + 1);
    }

    @Test
    void aRefundWaitingForTheCardNetworkHoldsNoCustomersPaymentBack() throws Exception {
        store.publish(Addresses.PAYMENT_REQUESTS, "o-slow-refund", request("o-slow-refund", 1, TestCards.APPROVE));
        awaitOne("PaymentApproved", "o-slow-refund", PaymentApproved.class);
        store.refunds().hold();
        try {
            store.publish(Addresses.ORDER_SERVICE_EVENTS, "o-slow-refund",
                    new OrderCancelled("o-slow-refund", 105, true, 9_000, "staff cancelled"));
            await().atMost(DEADLINE).until(() -> store.refunds().waiting() == 1);

            store.publish(Addresses.PAYMENT_REQUESTS, "o-meanwhile", request("o-meanwhile", 1, TestCards.APPROVE));

            assertThat(awaitOne("PaymentApproved", "o-meanwhile", PaymentApproved.class).amountWon()).isEqualTo(9_000);
            assertThat(store.refunds().waiting()).as("the refund still waits for the network").isEqualTo(1);
        } finally {
            store.refunds().release();
        }
        assertThat(awaitOne("PaymentRefunded", "o-slow-refund", PaymentRefunded.class).amountWon()).isEqualTo(9_000);
    }

    private <T> T awaitOne(String type, String orderId, Class<T> bodyType) {
        await().atMost(DEADLINE).until(() -> !paymentEvents.bodies(type, orderId, bodyType).isEmpty());
        return paymentEvents.bodies(type, orderId, bodyType).get(0);
    }

    private static PaymentRequested request(String orderId, int attempt, String token) {
        return new PaymentRequested(orderId, 105, attempt, 9_000, new CardToken(token, "VISA", "4242"));
    }
}
