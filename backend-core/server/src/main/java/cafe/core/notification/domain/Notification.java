package cafe.core.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A message to one customer through one channel (the pickup board, a text message, an e-mail):
 * "your order is ready" or its receipt. Stored PENDING before it is pushed, so that a crash in
 * between leaves it to send again; a failed push waits longer each time ({@link Retries}) and is
 * given up as FAILED after the last. The recipient is forgotten once it is sent or given up.
 */
public final class Notification {

    private final String notificationId;
    private final String orderId;
    private final int orderNumber;
    private final String channel;
    private final Purpose purpose;
    private final CustomerMessage message;
    private final Instant createdAt;
    private Contact recipient;
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;

    private Notification(NotificationState state) {
        this.notificationId = Objects.requireNonNull(state.notificationId(), "notificationId");
        this.orderId = Objects.requireNonNull(state.orderId(), "orderId");
        this.orderNumber = state.orderNumber();
        this.channel = Objects.requireNonNull(state.channel(), "channel");
        this.purpose = Objects.requireNonNull(state.purpose(), "purpose");
        this.recipient = state.recipient();
        this.message = Objects.requireNonNull(state.message(), "message");
        this.createdAt = Objects.requireNonNull(state.createdAt(), "createdAt");
        this.status = Objects.requireNonNull(state.status(), "status");
        this.attempts = state.attempts();
        this.nextAttemptAt = Objects.requireNonNull(state.nextAttemptAt(), "nextAttemptAt");
        this.sentAt = state.sentAt();
    }

    /** A new message waiting to be pushed now; {@code recipient} is null for the pickup board. */
    public static Notification pending(String notificationId, String orderId, int orderNumber, String channel,
                                       Purpose purpose, Contact recipient, CustomerMessage message, Instant now) {
        return new Notification(new NotificationState(notificationId, orderId, orderNumber, channel, purpose,
                recipient, message, now, NotificationStatus.PENDING, 0, now, null));
    }

    public static Notification restore(NotificationState state) {
        return new Notification(state);
    }

    /**
     * A push is about to be tried: it is counted, and the message falls due again after the retries'
     * wait, should this try leave no word of how it went (the server stops, or a full disk refuses
     * to save it).
     */
    public void tryNow(Instant now, Retries retries) {
        attempts++;
        nextAttemptAt = now.plus(retries.after(attempts));
    }

    /** The try went out. */
    public void markSent(Instant now) {
        status = NotificationStatus.SENT;
        sentAt = now;
        recipient = null;
    }

    /** The try failed: the next comes when due, or none after the last (FAILED). */
    public void markFailedTry(Retries retries) {
        if (attempts >= retries.attempts()) {
            giveUp();
        }
    }

    /** Stops trying (the customer collected the order, or the day ended) and forgets the recipient. */
    public void giveUp() {
        if (status == NotificationStatus.PENDING) {
            status = NotificationStatus.FAILED;
        }
        recipient = null;
    }

    public NotificationState state() {
        return new NotificationState(notificationId, orderId, orderNumber, channel, purpose, recipient, message,
                createdAt, status, attempts, nextAttemptAt, sentAt);
    }

    public String notificationId() {
        return notificationId;
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

    public Purpose purpose() {
        return purpose;
    }

    public Contact recipient() {
        return recipient;
    }

    public CustomerMessage message() {
        return message;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }
}
