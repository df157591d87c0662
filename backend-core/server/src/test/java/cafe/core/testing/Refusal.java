package cafe.core.testing;

import cafe.client.CafeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The store's refusal of a client call, for tests that expect one. */
public final class Refusal {

    private Refusal() {
    }

    /** Waits for the call and returns why it was refused; fails the test if it was answered. */
    public static CafeException of(CompletableFuture<?> call) {
        try {
            call.join();
        } catch (CompletionException e) {
            return CafeException.of(e).orElseThrow(() -> e);
        }
        throw new AssertionError("expected a refusal");
    }
}
