package cafe.client.jms;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where the terminal clients turn a call into a request: it fails fast while the link is down,
 * otherwise it is registered as pending (so its time-out runs) and handed to the link thread.
 * The returned future always completes on the callback pool.
 */
final class Requests {

    private static final Map<String, Object> NO_INPUT = Map.of();

    private final WireCodec codec;
    private final ConnectionStates states;
    private final PendingRequests pending;
    private final BrokerLink link;
    private final Executor callbacks;

    Requests(WireCodec codec, ConnectionStates states, PendingRequests pending, BrokerLink link,
             Executor callbacks) {
        this.codec = codec;
        this.states = states;
        this.pending = pending;
        this.link = link;
        this.callbacks = callbacks;
    }

    /** A query that needs no input: its body is {@code {}}. */
    <T> CompletableFuture<T> query(String address, String type, Class<T> replyType) {
        return send(address, type, NO_INPUT, replyType);
    }

    <T> CompletableFuture<T> send(String address, String type, Object body, Class<T> replyType) {
        return send(address, type, body, null, replyType);
    }

    /** A manager's command, with the pass of the staff member who signed in. */
    <T> CompletableFuture<T> send(String address, String type, Object body, String staffPass, Class<T> replyType) {
        CompletableFuture<T> reply = new CompletableFuture<>();
        if (!states.isConnected()) {
            return failLater(reply, Failures.notConnected());
        }
        WireCodec.Body encoded = codec.encode(body);
        if (encoded.json().length() > Headers.MAX_REQUEST_CHARS) {
            return failLater(reply, new CafeException(ErrorCode.REQUEST_TOO_LARGE, type + " is "
                    + encoded.json().length() + " characters long, more than the store reads"));
        }
        OutgoingRequest<T> request = new OutgoingRequest<>(UUID.randomUUID().toString(), address, type,
                encoded, staffPass, replyType, reply);
        try {
            pending.add(request);
        } catch (RejectedExecutionException e) {
            return failLater(reply, Failures.closed());
        }
        link.send(request);
        return reply;
    }

    private <T> CompletableFuture<T> failLater(CompletableFuture<T> reply, CafeException failure) {
        callbacks.execute(() -> reply.completeExceptionally(failure));
        return reply;
    }
}
