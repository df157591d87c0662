package cafe.contract.wire;

/** Who connects to the broker; each role has its own user and only its addresses. */
public enum Role {
    KIOSK, BARISTA, DISPLAY, MANAGER, ADMIN;

    /** The broker user name of this role, e.g. "kiosk". */
    public String user() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
