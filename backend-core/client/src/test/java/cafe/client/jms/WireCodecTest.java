package cafe.client.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cafe.client.CafeException;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.WaitEstimate;
import cafe.contract.wire.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    private final WireCodec codec = new WireCodec();

    @Test
    void aBodyKnowsTheOrderItConcerns() {
        WireCodec.Body body = codec.encode(new CancelOrder("o-7", "customer left"));

        assertThat(body.orderId()).isEqualTo("o-7");
        assertThat(body.json()).isEqualTo("{\"orderId\":\"o-7\",\"reason\":\"customer left\",\"idempotencyKey\":null}");
        assertThat(codec.encode(new WaitEstimate(1, 2, 3)).orderId()).isNull();
        assertThat(codec.encode(Map.of("orderId", "o-8")).orderId()).isEqualTo("o-8");
        assertThat(codec.encode(Map.of()).orderId()).isNull();
    }

    @Test
    void anOkReplyGivesItsData() {
        String reply = "{\"status\":\"ok\",\"data\":{\"ordersAhead\":1,\"drinksAhead\":2,\"minutes\":3}}";

        assertThat(codec.decodeReply(reply, WaitEstimate.class)).isEqualTo(new WaitEstimate(1, 2, 3));
        assertThat(codec.decodeReply(reply, Void.class)).isNull();
    }

    @Test
    void anErrorWithACodeThisTerminalDoesNotKnowIsAnInternalError() {
        CafeException failure = catchThrowableOfType(CafeException.class, () -> codec.decodeReply(
                "{\"status\":\"error\",\"code\":\"COFFEE_MACHINE_ON_FIRE\",\"message\":\"Sorry\"}", Void.class));

        assertThat(failure.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(failure.getMessage()).isEqualTo("Sorry");
    }

    @Test
    void aReplyThatIsNotJsonIsAnInternalError() {
        CafeException failure = catchThrowableOfType(CafeException.class,
                () -> codec.decodeReply("<html>502</html>", WaitEstimate.class));

        assertThat(failure.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
    }
}
