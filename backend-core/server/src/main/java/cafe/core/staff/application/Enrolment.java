package cafe.core.staff.application;

import cafe.client.staff.PinTries;
import cafe.client.staff.StaffPin;
import cafe.contract.staff.StaffMember;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who may sign in at the manager screen: the operator adds staff from the server's command line. */
public final class Enrolment {

    private static final Logger log = LoggerFactory.getLogger(Enrolment.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
    private static final int NAME_CHARS = 40;
    /** Names the store records its own changes under: the bar's sold-out marks and the bundled menu. */
    private static final Set<String> RESERVED = Set.of("bar", "store");

    private final StaffRoster roster;
    private final Transactions transactions;
    private final Clock clock;

    public Enrolment(StaffRoster roster, Transactions transactions, Clock clock) {
        this.roster = roster;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Adds a staff member; the PIN is hashed and wiped. Refuses, with the reason, an id that is not
     * lower-case letters and digits, an empty or long name, a PIN that is not 4 to 12 digits, or an id
     * already taken.
     */
    public void enrol(String staffId, String name, char[] pin) {
        try {
            if (staffId == null || !ID.matcher(staffId).matches()) {
                throw new IllegalArgumentException("a staff id is 1 to 32 lower-case letters, digits, '.', '_' or '-'");
            }
            if (RESERVED.contains(staffId)) {
                throw new IllegalArgumentException("'" + staffId + "' is the store's own name for its changes: choose"
                        + " another staff id");
            }
            if (name == null || name.isBlank() || name.strip().length() > NAME_CHARS) {
                throw new IllegalArgumentException("a staff member's name has 1 to " + NAME_CHARS + " characters");
            }
            var member = new cafe.core.staff.domain.StaffMember(staffId, name.strip(), PinTries.of(StaffPin.of(pin)));
            transactions.run(() -> roster.add(member, clock.instant()));
            log.info("{} ({}) may sign in at the manager screen", staffId, member.name());
        } finally {
            StaffPin.wipe(pin);
        }
    }

    public List<StaffMember> staff() {
        return transactions.inTransaction(() -> roster.active().stream()
                .map(member -> new StaffMember(member.id(), member.name())).toList());
    }
}
