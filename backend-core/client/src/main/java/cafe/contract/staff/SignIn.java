package cafe.contract.staff;

/** A staff member signs in at the manager screen with their PIN. */
public record SignIn(String staffId, String pin) {

    @Override
    public String toString() {
        return "SignIn[staffId=" + staffId + "]";
    }
}
