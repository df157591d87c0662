package cafe.contract.order;

/**
 * Card tokens the simulated card terminal yields and the simulated gateway understands. A real
 * reader yields opaque tokens; every other token is approved (subject to the simulated gateway's
 * random decline rate).
 */
public final class TestCards {

    public static final String APPROVE = "tok_test_approve";
    public static final String DECLINE = "tok_test_decline";
    public static final String INSUFFICIENT_FUNDS = "tok_test_insufficient_funds";
    /** The gateway never answers: the payment ends as declined with reason UNAVAILABLE. */
    public static final String TIMEOUT = "tok_test_timeout";
    /**
     * The gateway approves the charge but its answer never arrives: the store asks the network what
     * became of it and settles it as approved, charged once.
     */
    public static final String APPROVE_THEN_HANG = "tok_test_approve_then_hang";

    private TestCards() {
    }
}
