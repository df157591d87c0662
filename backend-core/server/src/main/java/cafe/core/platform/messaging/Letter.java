package cafe.core.platform.messaging;

/**
 * A message the broker gave up on, as it arrives on the dead-letter or expiry address: the broker's
 * id for it (the same on every redelivery), the address and queue it died or expired on, its type,
 * eventId and orderId as far as it carried them, and its JSON body.
 */
public record Letter(String messageId, String originalAddress, String originalQueue, String type, String eventId,
                     String orderId, String body) {
}
