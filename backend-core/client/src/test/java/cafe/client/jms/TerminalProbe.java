package cafe.client.jms;

import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.client.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Watches a connection the way a screen would: every state it reports, in order. */
final class TerminalProbe implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    private final Subscription watching;

    TerminalProbe(CafeConnection connection) {
        watching = connection.onStateChange(states::add);
    }

    List<ConnectionState> states() {
        return List.copyOf(states);
    }

    ConnectionState last() {
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    void awaitState(ConnectionState expected) {
        await().atMost(PATIENCE).until(() -> last() == expected);
    }

    /** Waits for the call to end and gives the CafeException it failed with. */
    static CafeException failureOf(CompletableFuture<?> call) {
        await().atMost(PATIENCE).until(call::isDone);
        return CafeException.of(call.handle((value, failure) -> failure).join())
                .orElseThrow(() -> new AssertionError("the call succeeded"));
    }

    @Override
    public void close() {
        watching.close();
    }
}
