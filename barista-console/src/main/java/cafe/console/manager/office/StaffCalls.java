package cafe.console.manager.office;

import cafe.console.manager.Failures;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.ErrorCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The back office's calls under the staff pass. A call the store refuses because the pass ran out
 * waits while the staff member signs in again over the office, then is made again under the new
 * pass, so what they typed and asked for is not lost; calls refused meanwhile wait for the same
 * sign-in. Calls are made, and refusals handled, on the FX thread ({@code ui}); an answer that went
 * well completes on the client's thread, so callers move it to the FX thread themselves.
 */
public final class StaffCalls {

    private final Executor ui;
    private final Supplier<CompletableFuture<StaffPass>> signInAgain;
    /** The last sign-in asked for: under way, or done. */
    private CompletableFuture<StaffPass> signIn;
    private boolean closed;

    /** @param signInAgain asks the staff member to sign in again; fails if they sign out instead */
    public StaffCalls(Executor ui, Supplier<CompletableFuture<StaffPass>> signInAgain) {
        this.ui = ui;
        this.signInAgain = signInAgain;
    }

    /** Makes the call; if the pass ran out, again once signed in, or it fails as refused if they sign out. */
    public <T> CompletableFuture<T> make(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<StaffPass> before = signIn;
        return call.get().exceptionallyComposeAsync(failure -> {
            if (closed || Failures.code(failure).filter(ErrorCode.SIGN_IN_REQUIRED::equals).isEmpty()) {
                return CompletableFuture.failedFuture(failure);
            }
            // a sign-in begun after the call went (the call carried the old pass) is waited for, not asked again
            if (signIn == before && (signIn == null || signIn.isDone())) {
                signIn = signInAgain.get();
            }
            return signIn.handle((pass, signedOut) -> signedOut == null ? make(call)
                    : CompletableFuture.<T>failedFuture(failure)).thenCompose(Function.identity());
        }, ui);
    }

    /** The office closed: a sign-in still asked for is called off, and later refusals are not asked about. */
    public void close() {
        closed = true;
        if (signIn != null) {
            signIn.cancel(false);
        }
    }
}
