package cafe.client.jms;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests waiting for their reply, by correlation id. Each ends exactly once: with its reply,
 * with TIMEOUT when the time is up, or with the failure the link reports. Futures complete on
 * the callback pool.
 */
final class PendingRequests {

    private static final Logger log = LoggerFactory.getLogger(PendingRequests.class);

    private final Map<String, Pending> byCorrelationId = new ConcurrentHashMap<>();
    private final WireCodec codec;
    private final Executor callbacks;
    private final ScheduledExecutorService timer;
    private final Duration timeout;

    PendingRequests(WireCodec codec, Executor callbacks, ScheduledExecutorService timer, Duration timeout) {
        this.codec = codec;
        this.callbacks = callbacks;
        this.timer = timer;
        this.timeout = timeout;
    }

    void add(OutgoingRequest<?> request) {
        String id = request.correlationId();
        byCorrelationId.put(id, new Pending(request,
                timer.schedule(() -> timedOut(id), timeout.toMillis(), TimeUnit.MILLISECONDS)));
    }

    /** A reply arrived (on a JMS delivery thread): decoding and completion move to the pool. */
    void replied(String correlationId, String text) {
        Pending pending = take(correlationId);
        if (pending == null) {
            log.debug("late or unknown reply {} dropped", correlationId);
            return;
        }
        callbacks.execute(() -> complete(pending.request, text));
    }

    void fail(String correlationId, CafeException failure) {
        Pending pending = take(correlationId);
        if (pending != null) {
            callbacks.execute(() -> pending.request.reply().completeExceptionally(failure));
        }
    }

    void failAll(CafeException failure) {
        byCorrelationId.keySet().forEach(id -> fail(id, failure));
    }

    private void timedOut(String correlationId) {
        Pending pending = byCorrelationId.get(correlationId);
        if (pending != null) {
            log.warn("{} got no reply within {} ms", pending.request, timeout.toMillis());
            fail(correlationId, new CafeException(ErrorCode.TIMEOUT,
                    "The store server did not answer in time"));
        }
    }

    private Pending take(String correlationId) {
        Pending pending = correlationId == null ? null : byCorrelationId.remove(correlationId);
        if (pending != null) {
            pending.timeout.cancel(false);
        }
        return pending;
    }

    private <T> void complete(OutgoingRequest<T> request, String text) {
        try {
            request.reply().complete(codec.decodeReply(text, request.replyType()));
        } catch (CafeException e) {
            log.debug("{} answered {}: {}", request, e.code(), e.getMessage());
            request.reply().completeExceptionally(e);
        }
    }

    private record Pending(OutgoingRequest<?> request, ScheduledFuture<?> timeout) {
    }
}
