package cafe.core.deadletter.domain;

/**
 * A message the broker gave up on: dead after {@code deliveries} failed deliveries, or expired
 * before anyone took it (deliveries unknown: null). {@code messageId} is the broker's id for it, the
 * same however often it arrives; it died on {@code originalQueue}, a queue of {@code originalAddress}.
 */
public record UndeliveredMessage(Fate fate, String messageId, String originalAddress, String originalQueue,
                                 String type, String eventId, String orderId, String body, Integer deliveries) {

    /** Why the broker gave up on it. */
    public enum Fate { DEAD, EXPIRED }

    /** The same message without its body, for one whose body must not be kept. */
    public UndeliveredMessage withoutBody() {
        return new UndeliveredMessage(fate, messageId, originalAddress, originalQueue, type, eventId, orderId, null,
                deliveries);
    }
}
