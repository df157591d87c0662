package cafe.core.payment.adapter.gateway;

import cafe.contract.order.TestCards;
import cafe.core.payment.application.GatewayUnavailableException;
import cafe.core.payment.application.PaymentGateway;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card network stand-in for demos and tests. It answers after a latency, declines the
 * {@link TestCards} decline tokens, never answers {@link TestCards#TIMEOUT}, declines other cards
 * at a random rate, and, like a real gateway, answers a repeated idempotency key with its first
 * answer without moving money again. It forgets everything when the process ends.
 */
public class SimulatedGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(SimulatedGateway.class);

    private final Duration latency;
    private final Duration timeout;
    private final double declineRate;
    private final Random random;
    private final Map<String, CompletableFuture<ChargeResult>> charges = new ConcurrentHashMap<>();
    private final Map<String, RefundReceipt> refunds = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> callsByKey = new ConcurrentHashMap<>();
    private final AtomicInteger chargesMade = new AtomicInteger();
    private final AtomicInteger refundsMade = new AtomicInteger();

    /**
     * A network that answers after {@code latency}, is given up on after {@code timeout} and
     * declines ordinary cards at {@code declineRate} (0..1) drawn from {@code random}.
     */
    public SimulatedGateway(Duration latency, Duration timeout, double declineRate, Random random) {
        this.latency = latency;
        this.timeout = timeout;
        this.declineRate = declineRate;
        this.random = random;
    }

    @Override
    public ChargeResult charge(ChargeRequest request) {
        callsByKey.computeIfAbsent(request.idempotencyKey(), key -> new AtomicInteger()).incrementAndGet();
        if (TestCards.TIMEOUT.equals(request.cardToken())) {
            return awaitAnswer(new CompletableFuture<>(), request.orderId());
        }
        CompletableFuture<ChargeResult> answer = charges.computeIfAbsent(request.idempotencyKey(),
                key -> CompletableFuture.supplyAsync(() -> decide(request), afterLatency()));
        return awaitAnswer(answer, request.orderId());
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        return refunds.computeIfAbsent(request.idempotencyKey(), key -> {
            int number = refundsMade.incrementAndGet();
            log.info("orderId={} simulated gateway refunded {} won of {}", request.orderId(), request.amountWon(),
                    request.authorizationCode());
            return new RefundReceipt(String.format("RF%06d", number));
        });
    }

    /** How many times money was actually taken from a card (repeated keys do not count). */
    public int chargesMade() {
        return chargesMade.get();
    }

    /** How many charge calls came with this idempotency key, answered or not. */
    public int callsFor(String idempotencyKey) {
        AtomicInteger calls = callsByKey.get(idempotencyKey);
        return calls == null ? 0 : calls.get();
    }

    /** How many times money was actually given back. */
    public int refundsMade() {
        return refundsMade.get();
    }

    private ChargeResult decide(ChargeRequest request) {
        String token = request.cardToken();
        if (TestCards.DECLINE.equals(token)) {
            return new Declined("CARD_DECLINED", "The card was declined.");
        }
        if (TestCards.INSUFFICIENT_FUNDS.equals(token)) {
            return new Declined("INSUFFICIENT_FUNDS", "The card has insufficient funds.");
        }
        if (random.nextDouble() < declineRate) {
            return new Declined("CARD_DECLINED", "The card was declined.");
        }
        return new Approved(String.format("AU%06d", chargesMade.incrementAndGet()));
    }

    private Executor afterLatency() {
        return CompletableFuture.delayedExecutor(latency.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ChargeResult awaitAnswer(CompletableFuture<ChargeResult> answer, String orderId) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new GatewayUnavailableException("orderId=" + orderId + ": the card network did not answer within "
                    + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new GatewayUnavailableException("orderId=" + orderId + ": the card network failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailableException("orderId=" + orderId + ": interrupted waiting for the card network",
                    e);
        }
    }
}
