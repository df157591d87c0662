package cafe.core.notification.adapter.persistence;

import cafe.core.notification.application.Contacts;
import cafe.core.notification.application.NotificationStore;
import cafe.core.notification.application.Notifications;
import cafe.core.notification.application.PickupBoards;
import cafe.core.notification.domain.Board;
import cafe.core.notification.domain.BoardColumn;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.platform.persistence.ServiceDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/** The pickup board, contacts and notifications in the notification context's own database. */
public class HibernateNotificationStore implements PickupBoards, Contacts, Notifications {

    /** The entity classes the notification database maps. */
    public static final List<Class<?>> ENTITIES = List.of(BoardRow.class, BoardEntryRow.class, ContactRow.class,
            NotificationRow.class);

    private final ServiceDatabase database;

    public HibernateNotificationStore(ServiceDatabase database) {
        this.database = database;
    }

    /** This one adapter as the three stores the use cases need. */
    public NotificationStore asStore() {
        return new NotificationStore(this, this, this);
    }

    @Override
    public Board loadFor(String orderId) {
        return restore(session().createSelectionQuery("from BoardEntryRow where column <> :gone or orderId = :orderId",
                BoardEntryRow.class).setParameter("gone", BoardColumn.GONE).setParameter("orderId", orderId));
    }

    @Override
    public Board shown() {
        return restore(session().createSelectionQuery("from BoardEntryRow where column <> :gone", BoardEntryRow.class)
                .setParameter("gone", BoardColumn.GONE));
    }

    private Board restore(SelectionQuery<BoardEntryRow> entries) {
        return Board.restore(boardRow().version(), entries.getResultList().stream().map(BoardEntryRow::toEntry).toList());
    }

    @Override
    public void save(Board board) {
        boardRow().version(board.version());
        board.changedEntries().forEach(entry -> session().merge(BoardEntryRow.of(entry)));
    }

    @Override
    public void forgetGoneBefore(Instant cutoff) {
        session().createMutationQuery("delete from BoardEntryRow where column = :gone and since < :cutoff")
                .setParameter("gone", BoardColumn.GONE).setParameter("cutoff", cutoff).executeUpdate();
    }

    @Override
    public void remember(String orderId, Contact contact) {
        session().merge(new ContactRow(orderId, contact));
    }

    @Override
    public Optional<Contact> find(String orderId) {
        return Optional.ofNullable(session().find(ContactRow.class, orderId)).map(ContactRow::toContact);
    }

    @Override
    public Optional<Notification> find(String orderId, String channel) {
        return session().createSelectionQuery("from NotificationRow where orderId = :orderId and channel = :channel",
                        NotificationRow.class)
                .setParameter("orderId", orderId).setParameter("channel", channel)
                .uniqueResultOptional().map(NotificationRow::toNotification);
    }

    @Override
    public List<Notification> pending() {
        return session().createSelectionQuery("from NotificationRow where status = :pending order by createdAt",
                        NotificationRow.class)
                .setParameter("pending", NotificationStatus.PENDING).getResultList().stream()
                .map(NotificationRow::toNotification).toList();
    }

    @Override
    public void save(Notification notification) {
        session().merge(NotificationRow.of(notification));
    }

    private BoardRow boardRow() {
        return session().find(BoardRow.class, BoardRow.THE_BOARD);
    }

    private Session session() {
        return database.session();
    }
}
