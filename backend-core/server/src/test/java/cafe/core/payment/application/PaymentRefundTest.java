package cafe.core.payment.application;

import static cafe.core.payment.application.PaymentChargeTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.order.TestCards;
import cafe.core.events.OrderCancelled;
import cafe.core.events.PaymentRefunded;
import cafe.core.payment.domain.PaymentStatus;
import cafe.core.testing.ImmediateTransactions;
import cafe.core.testing.MutableClock;
import cafe.core.testing.RecordingOutbox;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PaymentRefundTest {

    private final InMemoryPayments payments = new InMemoryPayments();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final MutableClock clock = MutableClock.seoulAt("2025-03-01T01:00:00Z");
    private final PaymentService service = new PaymentService(new ImmediateTransactions(), payments, outbox,
            gateway, clock);

    @Test
    void aCancelledPaidOrderIsRefundedOnce() {
        service.charge(request("o-1", 1, TestCards.APPROVE));

        service.refund(cancelled("o-1", true));
        service.refund(cancelled("o-1", true));

        assertThat(gateway.refundCalls()).singleElement().satisfies(call -> {
            assertThat(call.idempotencyKey()).isEqualTo("refund:o-1");
            assertThat(call.authorizationCode()).isEqualTo("AU000001");
            assertThat(call.amountWon()).isEqualTo(9_000);
        });
        assertThat(payments.chargedFor("o-1").orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(outbox.bodies(PaymentRefunded.class)).singleElement()
                .satisfies(refunded -> assertThat(refunded.amountWon()).isEqualTo(9_000));
    }

    @Test
    void anUnpaidCancellationRefundsNothing() {
        service.refund(cancelled("o-1", false));

        assertThat(gateway.refundCalls()).isEmpty();
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void aRefundDueWithoutAChargeIsOnlyLogged() {
        service.refund(cancelled("o-unknown", true));

        assertThat(gateway.refundCalls()).isEmpty();
    }

    @Test
    void aRefundTheNetworkCannotTakeIsOwedAndMadeOnceItIsBack() {
        service.charge(request("o-1", 1, TestCards.APPROVE));
        gateway.goDown();

        service.refund(cancelled("o-1", true));
        service.refundWhatIsOwed();

        assertThat(payments.chargedFor("o-1").orElseThrow()).satisfies(payment -> {
            assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
            assertThat(payment.refundDue()).isTrue();
        });
        gateway.comeBack();
        service.refundWhatIsOwed();
        service.refundWhatIsOwed();

        assertThat(payments.chargedFor("o-1").orElseThrow()).satisfies(payment -> {
            assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
            assertThat(payment.refundDue()).isFalse();
        });
        assertThat(outbox.bodies(PaymentRefunded.class)).hasSize(1);
    }

    @Test
    void aCancellationDeliveredAgainAfterTheOwedRefundWasMadeRefundsNothingMore() {
        service.charge(request("o-1", 1, TestCards.APPROVE));
        gateway.goDown();
        service.refund(cancelled("o-1", true));
        gateway.comeBack();
        service.refundWhatIsOwed();

        service.refund(cancelled("o-1", true));

        assertThat(outbox.bodies(PaymentRefunded.class)).hasSize(1);
        assertThat(payments.owingRefunds(10)).isEmpty();
    }

    @Test
    void aRefundTheSweepMadeWhileARedeliveredCancellationsCallWasOutIsRecordedOnce() {
        service.charge(request("o-1", 1, TestCards.APPROVE));
        gateway.goDown();
        service.refund(cancelled("o-1", true));
        gateway.comeBack();
        gateway.duringNextRefund(service::refundWhatIsOwed);

        service.refund(cancelled("o-1", true));

        assertThat(gateway.refundCalls()).extracting(call -> call.idempotencyKey())
                .as("both asked, under one key: the network refunds once").containsOnly("refund:o-1");
        assertThat(outbox.bodies(PaymentRefunded.class)).hasSize(1);
        assertThat(payments.chargedFor("o-1").orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aRefundThatWaitsForTheNetworkIsLoggedWithItsOrder() {
        service.charge(request("o-1", 1, TestCards.APPROVE));
        gateway.goDown();
        service.refund(cancelled("o-1", true));
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger log = (Logger) LoggerFactory.getLogger(PaymentService.class);
        Level before = log.getLevel();
        log.setLevel(Level.INFO);
        log.addAppender(logged);
        try {
            service.refundWhatIsOwed();
        } finally {
            log.detachAppender(logged);
            log.setLevel(before);
        }

        assertThat(logged.list).filteredOn(line -> line.getFormattedMessage().contains("waits for the card network"))
                .singleElement().satisfies(line -> assertThat(line.getMDCPropertyMap()).containsEntry("orderId", "o-1"));
    }

    private static OrderCancelled cancelled(String orderId, boolean refundDue) {
        return new OrderCancelled(orderId, 101, refundDue, 9_000, "customer changed their mind");
    }
}
