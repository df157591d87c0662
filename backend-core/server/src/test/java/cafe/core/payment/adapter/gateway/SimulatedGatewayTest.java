package cafe.core.payment.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.order.TestCards;
import cafe.core.payment.application.GatewayUnavailableException;
import cafe.core.payment.application.PaymentGateway.Approved;
import cafe.core.payment.application.PaymentGateway.ChargeRequest;
import cafe.core.payment.application.PaymentGateway.ChargeResult;
import cafe.core.payment.application.PaymentGateway.Declined;
import cafe.core.payment.application.PaymentGateway.RefundRequest;
import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimulatedGatewayTest {

    private final SimulatedGateway gateway = new SimulatedGateway(Duration.ZERO, Duration.ofMillis(200), 0,
            new Random(7));

    @Test
    void anOrdinaryCardIsApproved() {
        assertThat(gateway.charge(charge("o-1:1", TestCards.APPROVE))).isInstanceOf(Approved.class);
        assertThat(gateway.chargesMade()).isEqualTo(1);
    }

    @Test
    void testTokensDeclineWithTheirReason() {
        assertThat(gateway.charge(charge("o-1:1", TestCards.DECLINE)))
                .isEqualTo(new Declined("CARD_DECLINED", "The card was declined."));
        assertThat(gateway.charge(charge("o-2:1", TestCards.INSUFFICIENT_FUNDS)))
                .extracting(result -> ((Declined) result).code()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(gateway.chargesMade()).isZero();
    }

    @Test
    void theTimeoutTokenNeverGetsAnAnswer() {
        assertThatThrownBy(() -> gateway.charge(charge("o-1:1", TestCards.TIMEOUT)))
                .isInstanceOf(GatewayUnavailableException.class)
                .hasMessageContaining("did not answer within 200 ms");
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsUnavailable() {
        SimulatedGateway slow = new SimulatedGateway(Duration.ofSeconds(5), Duration.ofMillis(50), 0, new Random(7));

        assertThatThrownBy(() -> slow.charge(charge("o-1:1", TestCards.APPROVE)))
                .isInstanceOf(GatewayUnavailableException.class);
    }

    @Test
    void aRepeatedKeyGetsTheFirstAnswerWithoutASecondCharge() {
        ChargeResult first = gateway.charge(charge("o-1:1", TestCards.APPROVE));
        ChargeResult again = gateway.charge(charge("o-1:1", TestCards.APPROVE));

        assertThat(again).isEqualTo(first);
        assertThat(gateway.chargesMade()).isEqualTo(1);
    }

    @Test
    void theRandomDeclineRateIsRepeatableWithASeed() {
        SimulatedGateway one = new SimulatedGateway(Duration.ZERO, Duration.ofSeconds(1), 0.5, new Random(42));
        SimulatedGateway other = new SimulatedGateway(Duration.ZERO, Duration.ofSeconds(1), 0.5, new Random(42));

        long declinedByOne = IntStream.range(0, 200)
                .mapToObj(i -> one.charge(charge("o-" + i + ":1", TestCards.APPROVE)))
                .filter(Declined.class::isInstance).count();
        long declinedByOther = IntStream.range(0, 200)
                .mapToObj(i -> other.charge(charge("o-" + i + ":1", TestCards.APPROVE)))
                .filter(Declined.class::isInstance).count();

        assertThat(declinedByOne).isEqualTo(declinedByOther).isBetween(70L, 130L);
    }

    @Test
    void aRefundIsMadeOncePerKey() {
        gateway.refund(new RefundRequest("refund:o-1", "o-1", "AU000001", 9_000));
        gateway.refund(new RefundRequest("refund:o-1", "o-1", "AU000001", 9_000));

        assertThat(gateway.refundsMade()).isEqualTo(1);
    }

    private static ChargeRequest charge(String key, String token) {
        return new ChargeRequest(key, key.substring(0, key.indexOf(':')), 9_000, token);
    }
}
