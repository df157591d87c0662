package cafe.core.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * "Your order is ready", to one customer through one channel (the pickup board, a text message,
 * an e-mail). Stored PENDING before it is pushed, so that a crash in between leaves it to send
 * again; there is one per order and channel.
 */
public final class Notification {

    /** After this many failed pushes the notification is given up as FAILED. */
    public static final int MAX_ATTEMPTS = 3;

    private final String notificationId;
    private final String orderId;
    private final int orderNumber;
    private final String channel;
    private final Contact recipient;
    private final Instant createdAt;
    private NotificationStatus status;
    private int attempts;
    private Instant sentAt;

    private Notification(NotificationState state) {
        this.notificationId = Objects.requireNonNull(state.notificationId(), "notificationId");
        this.orderId = Objects.requireNonNull(state.orderId(), "orderId");
        this.orderNumber = state.orderNumber();
        this.channel = Objects.requireNonNull(state.channel(), "channel");
        this.recipient = state.recipient();
        this.createdAt = Objects.requireNonNull(state.createdAt(), "createdAt");
        this.status = Objects.requireNonNull(state.status(), "status");
        this.attempts = state.attempts();
        this.sentAt = state.sentAt();
    }

    /** A new notification waiting to be pushed; {@code recipient} is null for the pickup board. */
    public static Notification pending(String notificationId, String orderId, int orderNumber, String channel,
                                       Contact recipient, Instant now) {
        return new Notification(new NotificationState(notificationId, orderId, orderNumber, channel, recipient,
                now, NotificationStatus.PENDING, 0, null));
    }

    public static Notification restore(NotificationState state) {
        return new Notification(state);
    }

    public void markSent(Instant now) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
    }

    /** Counts a failed push; the notification stays PENDING for another try until it has failed too often. */
    public void markFailedAttempt() {
        attempts++;
        if (attempts >= MAX_ATTEMPTS) {
            status = NotificationStatus.FAILED;
        }
    }

    public NotificationState state() {
        return new NotificationState(notificationId, orderId, orderNumber, channel, recipient, createdAt, status,
                attempts, sentAt);
    }

    public String orderId() {
        return orderId;
    }

    public int orderNumber() {
        return orderNumber;
    }

    public String channel() {
        return channel;
    }

    public Contact recipient() {
        return recipient;
    }

    public NotificationStatus status() {
        return status;
    }
}
