package cafe.core.notification.adapter.persistence;

import cafe.core.notification.application.Contacts;
import cafe.core.notification.application.NotificationStore;
import cafe.core.notification.application.Notifications;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.CustomerMessage;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationState;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Purpose;
import cafe.core.platform.persistence.PlainStatements;
import cafe.core.platform.persistence.ServiceDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * The customers' contacts and the notifications to them in the notification context's own
 * database, rows of {@code contact} and {@code notification} (schema owned by {@code db/notification})
 * read and written with plain SQL ({@link PlainStatements}): every ready order stores, sends and
 * stores again its notifications. The pickup board ({@link HibernatePickupBoards}) and receipts
 * ({@link HibernateReceipts}) live beside them.
 */
public class HibernateNotificationStore implements Contacts, Notifications {

    /** The entity classes the notification database maps: none of its own. */
    public static final List<Class<?>> ENTITIES = List.of();

    private static final String REMEMBER = "INSERT INTO contact (order_id, kind, address, left_at, order_key_digest)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET kind = excluded.kind,"
            + " address = excluded.address, left_at = excluded.left_at, order_key_digest = excluded.order_key_digest";
    private static final String NOTIFICATION = "SELECT notification_id, order_id, order_number, channel, purpose,"
            + " recipient_kind, recipient, subject, body, status, attempts, created_at, next_attempt_at, sent_at"
            + " FROM notification";
    private static final String SAVE = "INSERT INTO notification (notification_id, order_id, order_number, channel,"
            + " purpose, recipient_kind, recipient, subject, body, status, attempts, created_at, next_attempt_at,"
            + " sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (notification_id) DO UPDATE SET"
            + " order_id = excluded.order_id, order_number = excluded.order_number, channel = excluded.channel,"
            + " purpose = excluded.purpose, recipient_kind = excluded.recipient_kind, recipient = excluded.recipient,"
            + " subject = excluded.subject, body = excluded.body, status = excluded.status,"
            + " attempts = excluded.attempts, created_at = excluded.created_at,"
            + " next_attempt_at = excluded.next_attempt_at, sent_at = excluded.sent_at";

    private final ServiceDatabase database;

    public HibernateNotificationStore(ServiceDatabase database) {
        this.database = database;
    }

    /** This adapter, the board and the receipts beside it as the stores the use cases need. */
    public NotificationStore asStore(ObjectMapper json) {
        return new NotificationStore(new HibernatePickupBoards(database), this, this,
                new HibernateReceipts(database, json));
    }

    @Override
    public void remember(String orderId, Contact contact, Instant leftAt, String orderKeyDigest) {
        PlainStatements.update(session(), REMEMBER, orderId, contact.kind(), contact.address(), leftAt,
                orderKeyDigest);
    }

    @Override
    public Optional<String> leftWith(String orderId) {
        return PlainStatements.one(session(), "SELECT order_key_digest FROM contact WHERE order_id = ?"
                + " AND order_key_digest IS NOT NULL", row -> row.getString("order_key_digest"), orderId);
    }

    @Override
    public Optional<Contact> find(String orderId) {
        return PlainStatements.one(session(), "SELECT kind, address FROM contact WHERE order_id = ?",
                row -> new Contact(Contact.Kind.valueOf(row.getString("kind")), row.getString("address")), orderId);
    }

    @Override
    public void forget(String orderId) {
        PlainStatements.update(session(), "DELETE FROM contact WHERE order_id = ?", orderId);
    }

    @Override
    public int forgetLeftBefore(Instant cutoff) {
        return PlainStatements.update(session(), "DELETE FROM contact WHERE left_at < ?", cutoff);
    }

    @Override
    public Optional<Notification> withId(String notificationId) {
        return PlainStatements.one(session(), NOTIFICATION + " WHERE notification_id = ?",
                HibernateNotificationStore::notification, notificationId);
    }

    @Override
    public List<Notification> due(Instant now, int limit, Set<String> skipped) {
        String notSkipped = skipped.isEmpty() ? ""
                : " AND channel NOT IN (" + String.join(", ", Collections.nCopies(skipped.size(), "?")) + ")";
        List<Object> values = new ArrayList<>(List.of(NotificationStatus.PENDING, now));
        values.addAll(skipped);
        values.add(limit);
        return PlainStatements.list(session(), NOTIFICATION + " WHERE status = ? AND next_attempt_at <= ?" + notSkipped
                + " ORDER BY created_at LIMIT ?", HibernateNotificationStore::notification, values.toArray());
    }

    @Override
    public List<Notification> pendingFor(String orderId) {
        return pendingWhere("order_id = ?", orderId);
    }

    @Override
    public List<Notification> pendingBefore(Instant cutoff) {
        return pendingWhere("created_at < ?", cutoff);
    }

    private List<Notification> pendingWhere(String condition, Object value) {
        return PlainStatements.list(session(), NOTIFICATION + " WHERE status = ? AND " + condition
                + " ORDER BY created_at", HibernateNotificationStore::notification, NotificationStatus.PENDING, value);
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff) {
        return PlainStatements.update(session(), "DELETE FROM notification WHERE status <> ? AND created_at < ?",
                NotificationStatus.PENDING, cutoff);
    }

    @Override
    public void save(Notification notification) {
        NotificationState s = notification.state();
        Contact recipient = s.recipient();
        PlainStatements.update(session(), SAVE, s.notificationId(), s.orderId(), s.orderNumber(), s.channel(),
                s.purpose(), recipient == null ? null : recipient.kind(),
                recipient == null ? null : recipient.address(), s.message().subject(), s.message().text(), s.status(),
                s.attempts(), s.createdAt(), s.nextAttemptAt(), s.sentAt());
    }

    private static Notification notification(ResultSet row) throws SQLException {
        String recipient = row.getString("recipient");
        Contact contact = recipient == null ? null
                : new Contact(Contact.Kind.valueOf(row.getString("recipient_kind")), recipient);
        return Notification.restore(new NotificationState(row.getString("notification_id"), row.getString("order_id"),
                row.getInt("order_number"), row.getString("channel"), Purpose.valueOf(row.getString("purpose")),
                contact, new CustomerMessage(row.getString("subject"), row.getString("body")),
                PlainStatements.instant(row, "created_at"), NotificationStatus.valueOf(row.getString("status")),
                row.getInt("attempts"), PlainStatements.instant(row, "next_attempt_at"),
                PlainStatements.instant(row, "sent_at")));
    }

    private Session session() {
        return database.session();
    }
}
