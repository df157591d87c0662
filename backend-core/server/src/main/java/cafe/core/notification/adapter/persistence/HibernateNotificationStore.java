package cafe.core.notification.adapter.persistence;

import cafe.core.notification.application.Contacts;
import cafe.core.notification.application.NotificationStore;
import cafe.core.notification.application.Notifications;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.platform.persistence.ServiceDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.Session;

/**
 * The customers' contacts and the notifications to them in the notification context's own
 * database; the pickup board ({@link HibernatePickupBoards}) and receipts ({@link HibernateReceipts})
 * live beside them.
 */
public class HibernateNotificationStore implements Contacts, Notifications {

    /** The entity classes the notification database maps. */
    public static final List<Class<?>> ENTITIES = List.of(ContactRow.class, NotificationRow.class, ReceiptRow.class, ReceiptActionRow.class);

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
    public void remember(String orderId, Contact contact, Instant leftAt) {
        session().merge(new ContactRow(orderId, contact, leftAt));
    }

    @Override
    public Optional<Contact> find(String orderId) {
        return Optional.ofNullable(session().find(ContactRow.class, orderId)).map(ContactRow::toContact);
    }

    @Override
    public void forget(String orderId) {
        session().createMutationQuery("delete from ContactRow where orderId = :orderId")
                .setParameter("orderId", orderId).executeUpdate();
    }

    @Override
    public int forgetLeftBefore(Instant cutoff) {
        return session().createMutationQuery("delete from ContactRow where leftAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    @Override
    public Optional<Notification> withId(String notificationId) {
        return Optional.ofNullable(session().find(NotificationRow.class, notificationId))
                .map(NotificationRow::toNotification);
    }

    @Override
    public List<Notification> due(Instant now) {
        return pendingWhere("nextAttemptAt <= :at", now);
    }

    @Override
    public List<Notification> pendingFor(String orderId) {
        return pendingWhere("orderId = :at", orderId);
    }

    @Override
    public List<Notification> pendingBefore(Instant cutoff) {
        return pendingWhere("createdAt < :at", cutoff);
    }

    private List<Notification> pendingWhere(String condition, Object value) {
        return session().createSelectionQuery("from NotificationRow where status = :pending and " + condition
                        + " order by createdAt", NotificationRow.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("at", value).getResultList()
                .stream().map(NotificationRow::toNotification).toList();
    }

    @Override
    public void save(Notification notification) {
        session().merge(NotificationRow.of(notification));
    }

    private Session session() {
        return database.session();
    }

}
