package cafe.core.shared;

/**
 * Which request a handler answers, the same each time the broker delivers it again: its message id
 * and the queue its answer goes to. A client chooses its message ids, so only both together tell a
 * request delivered again from another that reuses the id.
 */
public record RequestId(String messageId, String replyTo) {
}
