package cafe.contract.staff;

import java.util.List;

/** The staff who may sign in at the manager screen, by name. */
public record StaffList(List<StaffMember> members) {

    public StaffList {
        members = List.copyOf(members);
    }
}
