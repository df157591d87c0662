package cafe.core.payment.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A gateway whose answer a test sets; it remembers idempotency keys and records every call. */
class ScriptedGateway implements PaymentGateway {

    private ChargeResult nextAnswer = new Approved("AU000001");
    private boolean down;
    private final Map<String, ChargeResult> answered = new HashMap<>();
    private final List<ChargeRequest> chargeCalls = new ArrayList<>();
    private final List<RefundRequest> refundCalls = new ArrayList<>();

    void answer(ChargeResult result) {
        this.nextAnswer = result;
    }

    void goDown() {
        this.down = true;
    }

    void comeBack() {
        this.down = false;
    }

    @Override
    public ChargeResult charge(ChargeRequest request) {
        chargeCalls.add(request);
        if (down) {
            throw new GatewayUnavailableException("down");
        }
        return answered.computeIfAbsent(request.idempotencyKey(), key -> nextAnswer);
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        refundCalls.add(request);
        if (down) {
            throw new GatewayUnavailableException("down");
        }
        return new RefundReceipt("RF" + refundCalls.size());
    }

    List<ChargeRequest> chargeCalls() {
        return List.copyOf(chargeCalls);
    }

    List<RefundRequest> refundCalls() {
        return List.copyOf(refundCalls);
    }
}
