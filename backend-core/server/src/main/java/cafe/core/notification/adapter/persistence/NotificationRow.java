package cafe.core.notification.adapter.persistence;

import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.CustomerMessage;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationState;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Purpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code notification}. */
@Entity
@Table(name = "notification")
class NotificationRow {

    @Id
    @Column(name = "notification_id")
    private String notificationId;
    @Column(name = "order_id", nullable = false)
    private String orderId;
    @Column(name = "order_number", nullable = false)
    private int orderNumber;
    @Column(nullable = false)
    private String channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    private Contact.Kind recipientKind;
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected NotificationRow() {
    }

    static NotificationRow of(Notification notification) {
        NotificationState s = notification.state();
        NotificationRow row = new NotificationRow();
        row.notificationId = s.notificationId();
        row.orderId = s.orderId();
        row.orderNumber = s.orderNumber();
        row.channel = s.channel();
        row.purpose = s.purpose();
        row.recipientKind = s.recipient() == null ? null : s.recipient().kind();
        row.recipient = s.recipient() == null ? null : s.recipient().address();
        row.subject = s.message().subject();
        row.body = s.message().text();
        row.status = s.status();
        row.attempts = s.attempts();
        row.createdAt = s.createdAt();
        row.nextAttemptAt = s.nextAttemptAt();
        row.sentAt = s.sentAt();
        return row;
    }

    Notification toNotification() {
        Contact contact = recipient == null ? null : new Contact(recipientKind, recipient);
        return Notification.restore(new NotificationState(notificationId, orderId, orderNumber, channel, purpose,
                contact, new CustomerMessage(subject, body), createdAt, status, attempts, nextAttemptAt, sentAt));
    }
}
