package cafe.core.notification.domain;

/** PENDING until a channel delivered it (SENT), FAILED after the channel refused it too often. */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
