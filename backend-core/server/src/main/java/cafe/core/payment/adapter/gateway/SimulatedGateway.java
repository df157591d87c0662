package cafe.core.payment.adapter.gateway;

import cafe.contract.order.TestCards;
import cafe.core.payment.application.GatewayUnavailableException;
import cafe.core.payment.application.PaymentGateway;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card network stand-in for demos and tests. It answers after a latency, declines the
 * {@link TestCards} decline tokens, never answers {@link TestCards#TIMEOUT}, approves
 * {@link TestCards#APPROVE_THEN_HANG} without ever sending the answer, declines other cards at a
 * random rate, and, like a real network, answers a repeated idempotency key with its first answer
 * without moving money again, tells what it did under a key, and voids approvals. It can remember
 * all of that in a file across restarts, so its approval codes never repeat. A test can take it
 * down: then no call gets an answer until it comes back.
 */
public class SimulatedGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(SimulatedGateway.class);
    private static final ScheduledExecutorService NETWORK = Executors.newSingleThreadScheduledExecutor(answer -> {
        Thread thread = new Thread(answer, "simulated-card-network");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration latency;
    private final Duration timeout;
    private final double declineRate;
    private final Random random;
    private final NetworkMemory memory;
    private final Map<String, CompletableFuture<ChargeResult>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> callsByKey = new ConcurrentHashMap<>();
    private final AtomicInteger approvals;
    private final AtomicInteger voidsMade = new AtomicInteger();
    private volatile boolean down;

    /**
     * A network that answers after {@code latency}, is given up on after {@code timeout} and
     * declines ordinary cards at {@code declineRate} (0..1) drawn from {@code random}; it forgets
     * everything when the process ends.
     */
    public SimulatedGateway(Duration latency, Duration timeout, double declineRate, Random random) {
        this(latency, timeout, declineRate, random, NetworkMemory.inMemory());
    }

    private SimulatedGateway(Duration latency, Duration timeout, double declineRate, Random random,
                             NetworkMemory memory) {
        this.latency = latency;
        this.timeout = timeout;
        this.declineRate = declineRate;
        this.random = random;
        this.memory = memory;
        this.approvals = new AtomicInteger(memory.approvals());
    }

    /** Like the constructor, remembering what it did in {@code memoryFile} across restarts. */
    public static SimulatedGateway remembering(Path memoryFile, Duration latency, Duration timeout,
                                               double declineRate, Random random) {
        return new SimulatedGateway(latency, timeout, declineRate, random, NetworkMemory.in(memoryFile));
    }

    @Override
    public ChargeResult charge(ChargeRequest request) {
        callsByKey.computeIfAbsent(request.idempotencyKey(), key -> new AtomicInteger()).incrementAndGet();
        if (down || TestCards.TIMEOUT.equals(request.cardToken())) {
            return awaitAnswer(new CompletableFuture<>(), request.orderId());
        }
        CompletableFuture<ChargeResult> answer = answerTo(request);
        if (TestCards.APPROVE_THEN_HANG.equals(request.cardToken())) {
            answer.join();
            return awaitAnswer(new CompletableFuture<>(), request.orderId());
        }
        return awaitAnswer(answer, request.orderId());
    }

    @Override
    public Optional<ChargeResult> lookup(String idempotencyKey) {
        if (down) {
            return Optional.of(awaitAnswer(new CompletableFuture<>(), idempotencyKey));
        }
        CompletableFuture<ChargeResult> inFlightAnswer = inFlight.get(idempotencyKey);
        if (inFlightAnswer != null) {
            awaitAnswer(inFlightAnswer, idempotencyKey);
        }
        if (memory.isVoided(idempotencyKey)) {
            return Optional.of(new Declined("VOIDED", "The approval was voided."));
        }
        return memory.answer(idempotencyKey);
    }

    @Override
    public void voidCharge(VoidRequest request) {
        if (down) {
            awaitAnswer(new CompletableFuture<>(), request.orderId());
        }
        boolean approved = memory.answer(request.idempotencyKey()).filter(Approved.class::isInstance).isPresent();
        if (approved && !memory.isVoided(request.idempotencyKey())) {
            memory.voided(request.idempotencyKey());
            voidsMade.incrementAndGet();
            log.info("orderId={} simulated card network voided the approval of {}", request.orderId(),
                    request.idempotencyKey());
        }
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        if (down) {
            awaitAnswer(new CompletableFuture<>(), request.orderId());
        }
        synchronized (memory) {
            return memory.refund(request.idempotencyKey()).orElseGet(() -> {
                RefundReceipt receipt = new RefundReceipt(String.format("RF%06d", memory.refundsMade() + 1));
                memory.refunded(request.idempotencyKey(), receipt);
                log.info("orderId={} simulated gateway refunded {} won of {}", request.orderId(), request.amountWon(),
                        request.authorizationCode());
                return receipt;
            });
        }
    }

    /** From now on no call gets an answer: each waits for the caller's time-out. */
    public void goDown() {
        down = true;
    }

    /** Answers calls again. */
    public void comeBack() {
        down = false;
    }

    /** How many charges were approved, ever (repeated keys do not count). */
    public int chargesMade() {
        return approvals.get();
    }

    /** How many approvals were voided since this network started. */
    public int voidsMade() {
        return voidsMade.get();
    }

    /** How many charge calls came in, answered or not, whatever their keys. */
    public int chargeCalls() {
        return callsByKey.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** How many charge calls came with this idempotency key, answered or not. */
    public int callsFor(String idempotencyKey) {
        AtomicInteger calls = callsByKey.get(idempotencyKey);
        return calls == null ? 0 : calls.get();
    }

    /** How many times money was actually given back. */
    public int refundsMade() {
        return memory.refundsMade();
    }

    /** The first answer under the key, remembered, or one decided after the latency. */
    private CompletableFuture<ChargeResult> answerTo(ChargeRequest request) {
        Optional<ChargeResult> known = memory.answer(request.idempotencyKey());
        if (known.isPresent()) {
            return CompletableFuture.completedFuture(known.get());
        }
        return inFlight.computeIfAbsent(request.idempotencyKey(), key -> CompletableFuture.supplyAsync(() -> {
            ChargeResult result = memory.answer(key).orElseGet(() -> decide(request.cardToken()));
            memory.answered(key, result);
            inFlight.remove(key);
            return result;
        }, afterLatency()));
    }

    private ChargeResult decide(String token) {
        if (TestCards.DECLINE.equals(token)) {
            return new Declined("CARD_DECLINED", "The card was declined.");
        }
        if (TestCards.INSUFFICIENT_FUNDS.equals(token)) {
            return new Declined("INSUFFICIENT_FUNDS", "The card has insufficient funds.");
        }
        if (random.nextDouble() < declineRate) {
            return new Declined("CARD_DECLINED", "The card was declined.");
        }
        return new Approved(String.format("AU%06d", approvals.incrementAndGet()));
    }

    /**
     * The answer is decided on the network's one timer thread: the common pool's delayed executor
     * would start a thread for every charge on a two-core PC.
     */
    private Executor afterLatency() {
        return answer -> NETWORK.schedule(answer, latency.toMillis(), TimeUnit.MILLISECONDS);
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
