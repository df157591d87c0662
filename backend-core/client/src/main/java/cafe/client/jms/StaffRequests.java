package cafe.client.jms;

import cafe.client.CafeException;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.ErrorCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** Requests made under the pass of the staff member signed in at this manager screen. */
final class StaffRequests {

    private final Requests requests;
    private final AtomicReference<StaffPass> pass = new AtomicReference<>();

    StaffRequests(Requests requests) {
        this.requests = requests;
    }

    AtomicReference<StaffPass> pass() {
        return pass;
    }

    /** Fails at once with SIGN_IN_REQUIRED when nobody is signed in: nothing is sent. */
    <T> CompletableFuture<T> send(String address, String type, Object body, Class<T> replyType) {
        StaffPass current = pass.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.SIGN_IN_REQUIRED,
                    "Sign in with your staff PIN first"));
        }
        return requests.send(address, type, body, current.token(), replyType);
    }
}
