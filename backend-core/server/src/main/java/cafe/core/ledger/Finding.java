package cafe.core.ledger;

/**
 * One thing the ledger check found wrong: its kind, the database it is in, the order it concerns
 * (null when it concerns no one order) and what is wrong, in words an operator can act on.
 */
public record Finding(Kind kind, String database, String orderId, String problem) {

    /** What sort of wrong it is; {@link #UNREADABLE} means the check itself could not look. */
    public enum Kind { UNREADABLE, BROKEN, INCONSISTENT, STUCK, WAITING_FOR_STAFF }

    @Override
    public String toString() {
        return kind + " " + database + (orderId == null ? "" : " order " + orderId) + ": " + problem;
    }
}
