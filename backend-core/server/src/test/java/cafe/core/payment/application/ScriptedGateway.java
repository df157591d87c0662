package cafe.core.payment.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gateway whose answer a test sets; it remembers idempotency keys and records every call. It can
 * go down (no call answered), lose its answers (it decides, the store never hears) or be offline
 * (the breaker sends nothing).
 */
class ScriptedGateway implements PaymentGateway {

    private ChargeResult nextAnswer = new Approved("AU000001");
    private boolean down;
    private boolean losingAnswers;
    private boolean offline;
    private final Map<String, ChargeResult> answered = new HashMap<>();
    private final List<ChargeRequest> chargeCalls = new ArrayList<>();
    private final List<RefundRequest> refundCalls = new ArrayList<>();
    private final List<String> voided = new ArrayList<>();
    private Runnable duringNextRefund = () -> { };

    void answer(ChargeResult result) {
        this.nextAnswer = result;
    }

    /** The network decides (and remembers) but its answer is lost on the way back. */
    void loseAnswers() {
        this.losingAnswers = true;
    }

    /** The breaker holds every call back: nothing is sent. */
    void goOffline() {
        this.offline = true;
    }

    /** Runs while the next refund is out at the network, as another thread's work would meanwhile. */
    void duringNextRefund(Runnable meanwhile) {
        this.duringNextRefund = meanwhile;
    }

    void goDown() {
        this.down = true;
    }

    void comeBack() {
        this.down = false;
    }

    @Override
    public ChargeResult charge(ChargeRequest request) {
        if (offline) {
            throw new NetworkOfflineException("offline", null);
        }
        chargeCalls.add(request);
        if (down) {
            throw new GatewayUnavailableException("down");
        }
        ChargeResult result = answered.computeIfAbsent(request.idempotencyKey(), key -> nextAnswer);
        if (losingAnswers) {
            throw new GatewayUnavailableException("no answer within the time-out");
        }
        return result;
    }

    @Override
    public Optional<ChargeResult> lookup(String idempotencyKey) {
        if (down) {
            throw new GatewayUnavailableException("down");
        }
        return Optional.ofNullable(answered.get(idempotencyKey));
    }

    @Override
    public void voidCharge(VoidRequest request) {
        if (down) {
            throw new GatewayUnavailableException("down");
        }
        voided.add(request.idempotencyKey());
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        refundCalls.add(request);
        if (down) {
            throw new GatewayUnavailableException("down");
        }
        RefundReceipt receipt = new RefundReceipt("RF" + refundCalls.size());
        Runnable meanwhile = duringNextRefund;
        duringNextRefund = () -> { };
        meanwhile.run();
        return receipt;
    }

    List<ChargeRequest> chargeCalls() {
        return List.copyOf(chargeCalls);
    }

    List<String> voided() {
        return List.copyOf(voided);
    }

    List<RefundRequest> refundCalls() {
        return List.copyOf(refundCalls);
    }
}
