package cafe.contract.desk;

/**
 * Retry (send back to the queue it failed on, once) or discard (with a reason) one failed message.
 * Asking again for the same message answers how it was resolved.
 */
public record ResolveFailedMessage(long id, String reason) {
}
