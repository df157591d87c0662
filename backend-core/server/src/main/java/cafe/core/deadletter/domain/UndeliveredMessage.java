package cafe.core.deadletter.domain;

/**
 * A message the broker gave up on: dead after three failed deliveries, or expired before anyone
 * took it. {@code messageId} is the broker's id for it, the same however often it arrives.
 */
public record UndeliveredMessage(Fate fate, String messageId, String originalQueue, String type, String eventId,
                                 String orderId, String body) {

    /** Why the broker gave up on it. */
    public enum Fate { DEAD, EXPIRED }

    /** The same message without its body, for one whose body must not be kept. */
    public UndeliveredMessage withoutBody() {
        return new UndeliveredMessage(fate, messageId, originalQueue, type, eventId, orderId, null);
    }
}
