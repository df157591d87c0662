package cafe.core.staff.application;

import cafe.client.staff.PinTries;
import cafe.contract.staff.SignIn;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import cafe.core.shared.RequestId;
import cafe.core.shared.Transactions;
import cafe.core.staff.domain.StaffMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff signing in at the manager screen. A PIN is checked outside any transaction (it takes a
 * deliberate fraction of a second), and a wrong one is counted and committed before the refusal
 * goes back, so the wait it makes holds.
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

    /**
     * Checks the PIN and answers a pass, or refuses. The same request delivered again after a
     * refusal (its server died between counting the PIN and acknowledging the request) is refused as
     * things stand, neither checked nor counted again.
     */
    public StaffPass signIn(SignIn command, RequestId request) {
        if (command.staffId() == null || command.staffId().isBlank()) {
            throw new Rejection(ErrorCode.MISSING_FIELD, "staffId is required");
        }
        StaffMember member = transactions.inTransaction(() -> roster.find(command.staffId())).orElseThrow(
                () -> new Rejection(ErrorCode.PIN_WRONG, "there is no staff member " + command.staffId()));
        Instant now = clock.instant();
        if (transactions.inTransaction(() -> roster.refusedBefore(member.id(), request))) {
            log.info("{} signing in: request {} delivered again; refused as before, not counted twice",
                    member.id(), request.messageId());
            throw refusal(member, member.tries().standing(now), now);
        }
        char[] typed = command.pin() == null ? new char[0] : command.pin().toCharArray();
        PinTries.Outcome outcome = member.signIn(typed, now);
        transactions.run(() -> {
            roster.update(member);
            roster.recordSignIn(member.id(), outcome.getClass().getSimpleName(), now, request);
        });
        log.info("{} signing in: {}", member.id(), outcome);
        if (outcome instanceof PinTries.Accepted) {
            return passes.issue(member.id(), member.name());
        }
        throw refusal(member, outcome, now);
    }

    private static Rejection refusal(StaffMember member, PinTries.Outcome outcome, Instant now) {
        if (outcome instanceof PinTries.LockedOut locked) {
            long seconds = Math.max(1, Duration.between(now, locked.until()).plusMillis(999).toSeconds());
            return new Rejection(ErrorCode.PIN_LOCKED, "Too many wrong PINs for " + member.name()
                    + "; try again in " + seconds + " seconds", seconds);
        }
        int triesLeft = ((PinTries.Wrong) outcome).triesLeft();
        return new Rejection(ErrorCode.PIN_WRONG, "That is not " + member.name() + "'s PIN; "
                + triesLeft + (triesLeft == 1 ? " more try" : " more tries") + " before a wait", triesLeft);
    }
}
