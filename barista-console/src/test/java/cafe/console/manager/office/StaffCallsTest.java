package cafe.console.manager.office;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.console.manager.Failures;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Calls under the staff pass against a store whose answers, and a staff member whose sign-ins, the test gives. */
class StaffCallsTest {

    private static final StaffPass RENEWED = new StaffPass("kim", "Kim Minji", Instant.parse("2026-12-05T01:00:00Z"),
            "renewed");

    /** Each call as the store got it, unanswered until the test answers it. */
    private final List<CompletableFuture<String>> sent = new ArrayList<>();
    /** Each time the office asked the staff member to sign in again. */
    private final List<CompletableFuture<StaffPass>> signIns = new ArrayList<>();
    private final StaffCalls calls = new StaffCalls(Runnable::run, () -> {
        CompletableFuture<StaffPass> asked = new CompletableFuture<>();
        signIns.add(asked);
        return asked;
    });
    /** Whether the store answers the calls {@link #named} at once. */
    private boolean answers;
    private final Supplier<CompletableFuture<String>> save = () -> {
        CompletableFuture<String> call = new CompletableFuture<>();
        sent.add(call);
        return call;
    };

    @Test
    void aCallRefusedBecauseThePassRanOutGoesAgainOnceTheStaffMemberSignedInAgain() {
        CompletableFuture<String> answer = calls.make(save);
        ranOut(0);
        assertThat(signIns).hasSize(1);
        assertThat(answer).isNotDone();

        signIns.get(0).complete(RENEWED);
        assertThat(sent).hasSize(2);
        sent.get(1).complete("saved");

        assertThat(answer).isCompletedWithValue("saved");
    }

    @Test
    void callsRefusedWhileTheSignInIsAskedForWaitForThatSignIn() {
        CompletableFuture<String> price = calls.make(named("price"));
        CompletableFuture<String> report = calls.make(named("report"));
        ranOut(0);
        ranOut(1);
        assertThat(signIns).hasSize(1);

        answers = true;
        signIns.get(0).complete(RENEWED);

        assertThat(sent).hasSize(4);
        assertThat(price).isCompletedWithValue("price");
        assertThat(report).isCompletedWithValue("report");
    }

    @Test
    void aCallThatWentBeforeTheSignInAndIsRefusedAfterItGoesAgainWithoutAsking() {
        calls.make(save);
        CompletableFuture<String> late = calls.make(save);
        ranOut(0);
        signIns.get(0).complete(RENEWED);

        ranOut(1);
        sent.get(3).complete("late");

        assertThat(signIns).hasSize(1);
        assertThat(late).isCompletedWithValue("late");
    }

    @Test
    void aCallRefusedUnderTheRenewedPassAsksAgain() {
        calls.make(save);
        ranOut(0);
        signIns.get(0).complete(RENEWED);
        sent.get(1).complete("saved");

        calls.make(save);
        ranOut(2);

        assertThat(signIns).hasSize(2);
    }

    @Test
    void signingOutInsteadFailsTheWaitingCallsAsRefusedAndAsksNoMore() {
        CompletableFuture<String> waiting = calls.make(save);
        ranOut(0);

        calls.close();
        CompletableFuture<String> after = calls.make(save);
        ranOut(1);

        assertThat(signIns.get(0)).isCancelled();
        assertThat(signIns).hasSize(1);
        assertThat(sent).hasSize(2);
        assertThat(refusal(waiting)).isEqualTo(ErrorCode.SIGN_IN_REQUIRED);
        assertThat(refusal(after)).isEqualTo(ErrorCode.SIGN_IN_REQUIRED);
    }

    @Test
    void anyOtherFailureIsTheCallersToTell() {
        CompletableFuture<String> answer = calls.make(save);
        sent.get(0).completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));

        assertThat(signIns).isEmpty();
        assertThat(refusal(answer)).isEqualTo(ErrorCode.TIMEOUT);
    }

    /** A call the store answers with its name once it {@link #answers}; till then, when the test answers it. */
    private Supplier<CompletableFuture<String>> named(String name) {
        return () -> {
            CompletableFuture<String> call = answers ? CompletableFuture.completedFuture(name) : new CompletableFuture<>();
            sent.add(call);
            return call;
        };
    }

    private void ranOut(int call) {
        sent.get(call).completeExceptionally(new CafeException(ErrorCode.SIGN_IN_REQUIRED, "sign in again"));
    }

    private static ErrorCode refusal(CompletableFuture<?> answer) {
        assertThat(answer).isCompletedExceptionally();
        return Failures.code(answer.handle((value, failure) -> failure).join()).orElseThrow();
    }
}
