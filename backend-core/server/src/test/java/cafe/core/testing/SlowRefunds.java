package cafe.core.testing;

import cafe.core.payment.application.GatewayUnavailableException;
import cafe.core.payment.application.PaymentGateway;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A card network that, while held, keeps every refund waiting until released: one slow to give money back. */
public final class SlowRefunds implements PaymentGateway {

    private final PaymentGateway network;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile CountDownLatch released = new CountDownLatch(0);

    SlowRefunds(PaymentGateway network) {
        this.network = network;
    }

    /** From now on refunds wait for {@link #release()}. */
    public void hold() {
        released = new CountDownLatch(1);
    }

    /** Lets the waiting refunds and every later one through. */
    public void release() {
        released.countDown();
    }

    /** How many refunds wait now. */
    public int waiting() {
        return waiting.get();
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        waiting.incrementAndGet();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailableException("interrupted while the refund waited", e);
        } finally {
            waiting.decrementAndGet();
        }
        return network.refund(request);
    }

    @Override
    public ChargeResult charge(ChargeRequest request) {
        return network.charge(request);
    }

    @Override
    public Optional<ChargeResult> lookup(String idempotencyKey) {
        return network.lookup(idempotencyKey);
    }

    @Override
    public void voidCharge(VoidRequest request) {
        network.voidCharge(request);
    }
}
