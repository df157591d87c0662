package cafe.core.staff.application;

import cafe.contract.staff.SignIn;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import cafe.core.shared.Transactions;
import cafe.core.staff.domain.SignInOutcome;
import cafe.core.staff.domain.StaffMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff signing in at the manager screen. A PIN is checked outside any transaction (it takes a
 * deliberate fraction of a second), and a wrong one is counted and committed before the refusal
 * goes back, so the lock-out holds.
 */
public final class StaffService {

    private static final Logger log = LoggerFactory.getLogger(StaffService.class);

    private final StaffRoster roster;
    private final PassOffice passes;
    private final Transactions transactions;
    private final Clock clock;

    public StaffService(StaffRoster roster, PassOffice passes, Transactions transactions, Clock clock) {
        this.roster = roster;
        this.passes = passes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public StaffPass signIn(SignIn command) {
        if (command.staffId() == null || command.staffId().isBlank()) {
            throw new Rejection(ErrorCode.MISSING_FIELD, "staffId is required");
        }
        StaffMember member = transactions.inTransaction(() -> roster.find(command.staffId())).orElseThrow(
                () -> new Rejection(ErrorCode.PIN_WRONG, "there is no staff member " + command.staffId()));
        Instant now = clock.instant();
        SignInOutcome outcome = member.signIn(command.pin() == null ? new char[0] : command.pin().toCharArray(), now);
        transactions.run(() -> {
            roster.update(member);
            roster.recordSignIn(member.id(), outcome.getClass().getSimpleName(), now);
        });
        log.info("{} signing in: {}", member.id(), outcome);
        if (outcome instanceof SignInOutcome.Wrong wrong) {
            throw new Rejection(ErrorCode.PIN_WRONG, "That is not " + member.name() + "'s PIN; "
                    + wrong.triesLeft() + " more tries before a " + StaffMember.LOCK_OUT.toMinutes() + "-minute wait",
                    wrong.triesLeft());
        }
        if (outcome instanceof SignInOutcome.LockedOut locked) {
            long minutes = minutesUntil(locked.until(), now);
            throw new Rejection(ErrorCode.PIN_LOCKED, "Too many wrong PINs for " + member.name()
                    + "; try again in " + minutes + " minutes", minutes);
        }
        return passes.issue(member.id(), member.name());
    }

    private static long minutesUntil(Instant until, Instant now) {
        return Math.max(1, Duration.between(now, until).plusSeconds(59).toMinutes());
    }
}
