package cafe.core.notification.domain;

import java.time.Instant;

/** Everything a notification knows, as plain values, for persistence. */
public record NotificationState(String notificationId, String orderId, int orderNumber, String channel,
                                Purpose purpose, Contact recipient, CustomerMessage message, Instant createdAt,
                                NotificationStatus status, int attempts, Instant nextAttemptAt, Instant sentAt) {
}
