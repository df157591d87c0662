package cafe.contract.staff;

/** A staff member as the sign-in screen lists them: never their PIN. */
public record StaffMember(String id, String name) {
}
