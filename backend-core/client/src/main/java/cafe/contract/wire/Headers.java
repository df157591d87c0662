package cafe.contract.wire;

/**
 * JMS message properties every message carries. Bodies are JSON text; {@code type} names the
 * record in the body, {@code schemaVersion} its version. {@code orderId} goes into every log line.
 * Requests carry JMSCorrelationID and JMSReplyTo; replies echo the correlation id.
 */
public final class Headers {

    public static final String TYPE = "type";
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String EVENT_ID = "eventId";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String ORDER_ID = "orderId";
    /** On a manager's command: the {@code StaffPass} token that says which staff member asks. */
    public static final String STAFF_PASS = "staffPass";

    public static final int CURRENT_SCHEMA_VERSION = 1;
    /**
     * The longest request body the store server reads, in characters of JSON; a longer one is
     * refused with {@link ErrorCode#REQUEST_TOO_LARGE} (the broker drops much larger ones from terminals).
     */
    public static final int MAX_REQUEST_CHARS = 32 * 1024;

    private Headers() {
    }
}
