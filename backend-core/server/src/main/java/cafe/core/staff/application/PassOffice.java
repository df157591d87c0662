package cafe.core.staff.application;

import cafe.contract.staff.StaffPass;

/** Makes the signed pass a staff member's later commands carry. */
public interface PassOffice {

    StaffPass issue(String staffId, String name);
}
