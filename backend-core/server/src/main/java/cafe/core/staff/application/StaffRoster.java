package cafe.core.staff.application;

import cafe.core.shared.RequestId;
import cafe.core.staff.domain.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store's staff and every sign-in, in the staff context's own database. */
public interface StaffRoster {

    /** Everyone who may sign in, by name. */
    List<StaffMember> active();

    Optional<StaffMember> find(String staffId);

    /** A new member; refused with an IllegalArgumentException if the id is taken. */
    void add(StaffMember member, Instant at);

    /** Keeps the member's wrong PINs in a row and when the last came. */
    void update(StaffMember member);

    /** Records a PIN typed for the member, what came of it, and the request it came in. */
    void recordSignIn(String staffId, String outcome, Instant at, RequestId request);

    /** Whether this request already brought the member a PIN that was refused. */
    boolean refusedBefore(String staffId, RequestId request);
}
