package cafe.core.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.order.CardToken;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Addresses;
import cafe.core.events.PaymentApproved;
import cafe.core.events.PaymentDeclined;
import cafe.core.events.PaymentRequested;
import cafe.core.payment.application.PaymentGateway.Declined;
import cafe.core.payment.domain.Payment;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.testing.ImmediateTransactions;
import cafe.core.testing.MutableClock;
import cafe.core.testing.RecordingOutbox;
import org.junit.jupiter.api.Test;

class PaymentChargeTest {

    private final InMemoryPayments payments = new InMemoryPayments();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final PaymentService service = new PaymentService(new ImmediateTransactions(), payments, outbox,
            gateway, MutableClock.seoulAt("2025-03-01T01:00:00Z"));

    @Test
    void anApprovedChargeIsStoredAndAnnounced() {
        service.charge(request("o-1", 1, TestCards.APPROVE));

        Payment payment = payments.find("o-1", 1).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(payment.amountWon()).isEqualTo(9_000);
        assertThat(payment.card()).hasToString("VISA ****4242");
        assertThat(outbox.last().address()).isEqualTo(Addresses.PAYMENT_EVENTS);
        assertThat(outbox.last().type()).isEqualTo("PaymentApproved");
        assertThat(outbox.bodies(PaymentApproved.class)).singleElement()
                .satisfies(approved -> {
                    assertThat(approved.paymentId()).isEqualTo(payment.paymentId());
                    assertThat(approved.authorizationCode()).isEqualTo("AU000001");
                });
    }

    @Test
    void theGatewayIsAskedWithTheOrderAndAttemptAsIdempotencyKey() {
        service.charge(request("o-1", 2, TestCards.APPROVE));

        assertThat(gateway.chargeCalls()).singleElement()
                .satisfies(call -> assertThat(call.idempotencyKey()).isEqualTo("o-1:2"));
    }

    @Test
    void aDeclineIsStoredWithItsReason() {
        gateway.answer(new Declined("INSUFFICIENT_FUNDS", "No money"));

        service.charge(request("o-1", 1, TestCards.INSUFFICIENT_FUNDS));

        assertThat(payments.find("o-1", 1).orElseThrow().status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(outbox.bodies(PaymentDeclined.class)).singleElement()
                .satisfies(declined -> assertThat(declined.reasonCode()).isEqualTo("INSUFFICIENT_FUNDS"));
    }

    @Test
    void aSecondCardAfterADeclineIsCharged() {
        gateway.answer(new Declined("CARD_DECLINED", "No"));
        service.charge(request("o-1", 1, TestCards.DECLINE));
        gateway.answer(new PaymentGateway.Approved("AU000002"));

        service.charge(request("o-1", 2, TestCards.APPROVE));

        assertThat(outbox.types()).containsExactly("PaymentDeclined", "PaymentApproved");
        assertThat(payments.chargedFor("o-1")).get().extracting(Payment::attempt).isEqualTo(2);
    }

    @Test
    void theSameRequestTwiceChargesOnceAndTellsTheOutcomeAgain() {
        service.charge(request("o-1", 1, TestCards.APPROVE));
        service.charge(request("o-1", 1, TestCards.APPROVE));

        assertThat(gateway.chargeCalls()).hasSize(1);
        assertThat(payments.all()).hasSize(1);
        assertThat(outbox.bodies(PaymentApproved.class)).hasSize(2)
                .extracting(PaymentApproved::paymentId).containsOnly(payments.all().get(0).paymentId());
    }

    @Test
    void aPaidOrderIsNeverChargedAgainEvenForANewAttempt() {
        service.charge(request("o-1", 1, TestCards.APPROVE));

        service.charge(request("o-1", 2, "tok_other_card"));

        assertThat(gateway.chargeCalls()).hasSize(1);
        assertThat(outbox.bodies(PaymentApproved.class)).extracting(PaymentApproved::attempt).containsExactly(1, 1);
    }

    @Test
    void anUnavailableGatewaySettlesNothingSoTheRequestCanBeRedelivered() {
        gateway.goDown();

        assertThatThrownBy(() -> service.charge(request("o-1", 1, TestCards.TIMEOUT)))
                .isInstanceOf(GatewayUnavailableException.class);

        assertThat(payments.all()).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING));
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void aRedeliveryAfterACrashGetsTheGatewaysFirstAnswer() {
        service.charge(request("o-1", 1, TestCards.APPROVE));
        InMemoryPayments lostOnCrash = new InMemoryPayments();
        PaymentService afterRestart = new PaymentService(new ImmediateTransactions(), lostOnCrash, outbox, gateway,
                MutableClock.seoulAt("2025-03-01T01:00:05Z"));

        afterRestart.charge(request("o-1", 1, TestCards.APPROVE));

        assertThat(gateway.chargeCalls()).extracting(PaymentGateway.ChargeRequest::idempotencyKey)
                .containsExactly("o-1:1", "o-1:1");
        assertThat(lostOnCrash.find("o-1", 1).orElseThrow().authorizationCode()).isEqualTo("AU000001");
    }

    @Test
    void aDeadRequestEndsDeclinedAsUnavailable() {
        service.abandon(request("o-1", 1, TestCards.TIMEOUT), Abandonment.DEAD);

        assertThat(outbox.bodies(PaymentDeclined.class)).singleElement()
                .satisfies(declined -> assertThat(declined.reasonCode()).isEqualTo("UNAVAILABLE"));
        assertThat(gateway.chargeCalls()).isEmpty();
    }

    @Test
    void anAbandonedRequestTwiceStoresOneDecline() {
        service.abandon(request("o-1", 1, TestCards.APPROVE), Abandonment.EXPIRED);
        service.abandon(request("o-1", 1, TestCards.APPROVE), Abandonment.EXPIRED);

        assertThat(payments.all()).singleElement()
                .satisfies(payment -> assertThat(payment.declineCode()).isEqualTo("EXPIRED"));
    }

    @Test
    void aDeadRequestForAPaidOrderDoesNotDeclineIt() {
        service.charge(request("o-1", 1, TestCards.APPROVE));

        service.abandon(request("o-1", 2, TestCards.TIMEOUT), Abandonment.DEAD);

        assertThat(outbox.types()).containsExactly("PaymentApproved", "PaymentApproved");
    }

    @Test
    void aChargeWhoseAnswerWasLostIsLookedUpAndSettledWithoutASecondCharge() {
        gateway.loseAnswers();

        service.charge(request("o-1", 1, TestCards.APPROVE_THEN_HANG));

        assertThat(gateway.chargeCalls()).hasSize(1);
        assertThat(payments.find("o-1", 1).orElseThrow().status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(outbox.bodies(PaymentApproved.class)).singleElement()
                .satisfies(approved -> assertThat(approved.authorizationCode()).isEqualTo("AU000001"));
    }

    @Test
    void aRedeliveryOfAnAttemptInDoubtAsksTheNetworkBeforeSendingAgain() {
        gateway.loseAnswers();
        gateway.goDown();
        assertThatThrownBy(() -> service.charge(request("o-1", 1, TestCards.APPROVE)))
                .isInstanceOf(GatewayUnavailableException.class);
        gateway.comeBack();

        service.charge(request("o-1", 1, TestCards.APPROVE));

        assertThat(gateway.chargeCalls()).as("the second delivery found nothing and sent it once more").hasSize(2);
        assertThat(payments.all()).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED));
    }

    @Test
    void anAttemptTheNetworkAnsweredIsNotSentAgainAfterACrash() {
        service.charge(request("o-1", 1, TestCards.APPROVE));
        InMemoryPayments onlyThePendingRowSurvived = new InMemoryPayments();
        onlyThePendingRowSurvived.save(Payment.pending(payments.all().get(0).toAttempt()));
        PaymentService afterRestart = new PaymentService(new ImmediateTransactions(), onlyThePendingRowSurvived,
                outbox, gateway, MutableClock.seoulAt("2025-03-01T01:00:05Z"));

        afterRestart.charge(request("o-1", 1, TestCards.APPROVE));

        assertThat(gateway.chargeCalls()).hasSize(1);
        assertThat(onlyThePendingRowSurvived.find("o-1", 1).orElseThrow().authorizationCode()).isEqualTo("AU000001");
    }

    @Test
    void anOfflineNetworkDeclinesAtOnceAsUnavailableWithoutSendingTheCharge() {
        gateway.goOffline();

        service.charge(request("o-1", 1, TestCards.APPROVE));

        assertThat(gateway.chargeCalls()).isEmpty();
        assertThat(outbox.bodies(PaymentDeclined.class)).singleElement()
                .satisfies(declined -> assertThat(declined.reasonCode()).isEqualTo("UNAVAILABLE"));
        assertThat(payments.find("o-1", 1).orElseThrow().voidDue()).isFalse();
    }

    @Test
    void anAbandonedAttemptTheNetworkApprovedIsSettledApprovedNotDeclined() {
        gateway.goDown();
        assertThatThrownBy(() -> service.charge(request("o-1", 1, TestCards.APPROVE)))
                .isInstanceOf(GatewayUnavailableException.class);
        gateway.comeBack();
        // the charge reached the network after all, and was approved there
        gateway.charge(new PaymentGateway.ChargeRequest("o-1:1", "o-1", 9_000, TestCards.APPROVE));

        service.abandon(request("o-1", 1, TestCards.APPROVE), Abandonment.DEAD);

        assertThat(outbox.types()).containsExactly("PaymentApproved");
        assertThat(payments.chargedFor("o-1")).isPresent();
    }

    @Test
    void anAbandonedAttemptInDoubtWhileTheNetworkIsDownIsDeclinedOwingAVoidPaidOnceItIsBack() {
        gateway.goDown();
        assertThatThrownBy(() -> service.charge(request("o-1", 1, TestCards.APPROVE)))
                .isInstanceOf(GatewayUnavailableException.class);

        service.abandon(request("o-1", 1, TestCards.APPROVE), Abandonment.DEAD);
        service.voidWhatIsOwed();

        assertThat(outbox.bodies(PaymentDeclined.class)).singleElement()
                .satisfies(declined -> assertThat(declined.reasonCode()).isEqualTo("UNAVAILABLE"));
        assertThat(payments.find("o-1", 1).orElseThrow().voidDue()).isTrue();

        gateway.comeBack();
        service.voidWhatIsOwed();

        assertThat(gateway.voided()).containsExactly("o-1:1");
        assertThat(payments.find("o-1", 1).orElseThrow().voidDue()).isFalse();
    }

    static PaymentRequested request(String orderId, int attempt, String token) {
        return new PaymentRequested(orderId, 101, attempt, 9_000, new CardToken(token, "VISA", "4242"));
    }
}
