package cafe.core.notification.domain;

import java.time.Instant;

/** Everything a notification knows, as plain values, for persistence. */
public record NotificationState(String notificationId, String orderId, int orderNumber, String channel,
                                Contact recipient, Instant createdAt, NotificationStatus status, int attempts,
                                Instant sentAt) {
}
