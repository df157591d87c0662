package cafe.core.payment.adapter.gateway;

import cafe.core.payment.application.GatewayUnavailableException;
import cafe.core.payment.application.NetworkOfflineException;
import cafe.core.payment.application.PaymentGateway;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card network behind a circuit breaker. When its last five calls all went unanswered, the
 * store stops calling it for {@code openFor}: calls fail at once with {@link NetworkOfflineException}
 * (so a customer is told "card payments are unavailable" instead of waiting out time-outs), then
 * one call tries again and a success closes the breaker. Declines are answers, not failures.
 */
public final class BreakerGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(BreakerGateway.class);
    private static final int CALLS_OBSERVED = 5;

    private final PaymentGateway network;
    private final CircuitBreaker breaker;

    public BreakerGateway(PaymentGateway network, Duration openFor) {
        this.network = network;
        this.breaker = CircuitBreaker.of("card-network", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(CALLS_OBSERVED)
                .minimumNumberOfCalls(CALLS_OBSERVED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(GatewayUnavailableException.class)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> log.error("the card network failed its last {} calls: card payments are declined as "
                        + "unavailable for {} s, then tried again", CALLS_OBSERVED, openFor.toSeconds());
                case CLOSED -> log.info("the card network answers again: card payments resumed");
                default -> log.info("card network breaker {}", event.getStateTransition());
            }
        });
    }

    @Override
    public ChargeResult charge(ChargeRequest request) {
        return guarded(() -> network.charge(request));
    }

    @Override
    public Optional<ChargeResult> lookup(String idempotencyKey) {
        return guarded(() -> network.lookup(idempotencyKey));
    }

    @Override
    public void voidCharge(VoidRequest request) {
        guarded(() -> {
            network.voidCharge(request);
            return null;
        });
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        return guarded(() -> network.refund(request));
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return breaker.decorateSupplier(call).get();
        } catch (CallNotPermittedException e) {
            throw new NetworkOfflineException("the card network failed its last calls; not calling it for now", e);
        }
    }
}
