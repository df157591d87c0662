package cafe.core.order.domain;

/**
 * Who moved an order to its latest status and why, as its history records the step: a staff
 * member's id and name, their words, and the key of their request (so the same request sent twice
 * is recognised). All null when the store itself moved it (a payment, the bar).
 */
public record StepCause(String staffId, String staffName, String note, String requestKey) {

    public static final StepCause NONE = new StepCause(null, null, null, null);

    /** The store moved it for a reason of its own, such as a decline code. */
    public static StepCause because(String note) {
        return new StepCause(null, null, note, null);
    }
}
