package cafe.core.notification.adapter.persistence;

import cafe.core.notification.application.Contacts;
import cafe.core.notification.application.NotificationStore;
import cafe.core.notification.application.Notifications;
import cafe.core.notification.application.PickupBoards;
import cafe.core.notification.domain.Board;
import cafe.core.notification.domain.BoardColumn;
import cafe.core.notification.domain.BoardEntry;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.platform.persistence.ServiceDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.Session;

/**
 * The pickup board, contacts and notifications in the notification context's own database. The
 * numbers shown are also kept in memory as of the last commit that saved the board, so following
 * one ticket reads one row instead of the whole board; within a transaction that follows several
 * tickets, each sees the board as the one before it left it. Another server sharing the database
 * may have changed the board since: every change people see raises the board row's version (and
 * the servers' transactions on it take turns), so a stored version other than the one kept means
 * the numbers are read again. The row is read anyway to save the board, so this costs no statement.
 */
public class HibernateNotificationStore implements PickupBoards, Contacts, Notifications {

    /** The entity classes the notification database maps. */
    public static final List<Class<?>> ENTITIES = List.of(BoardRow.class, BoardEntryRow.class, ContactRow.class,
            NotificationRow.class, ReceiptRow.class, ReceiptActionRow.class);

    private final ServiceDatabase database;
    private volatile Shown committed;
    /** The board as saved by the transaction still open, which may follow several tickets in turn. */
    private Shown saving;
    private Session savingIn;

    public HibernateNotificationStore(ServiceDatabase database) {
        this.database = database;
    }

    /** This adapter and the receipts beside it as the stores the use cases need. */
    public NotificationStore asStore(ObjectMapper json) {
        return new NotificationStore(this, this, this, new HibernateReceipts(database, json));
    }

    @Override
    public Board loadFor(String orderId) {
        Shown shown = currentBoard();
        List<BoardEntry> entries = new ArrayList<>(shown.entries());
        if (shown.entries().stream().noneMatch(entry -> entry.orderId().equals(orderId))) {
            Optional.ofNullable(session().find(BoardEntryRow.class, orderId)).map(BoardEntryRow::toEntry)
                    .ifPresent(entries::add);
        }
        return Board.restore(shown.version(), entries);
    }

    @Override
    public Board shown() {
        Shown shown = currentBoard();
        return Board.restore(shown.version(), shown.entries());
    }

    /** Stores the board loaded in this transaction, and keeps what it shows once the transaction commits. */
    @Override
    public void save(Board board) {
        boardRow().version(board.version());
        board.changedEntries().forEach(entry -> session().merge(BoardEntryRow.of(entry)));
        Shown saved = new Shown(board.version(), board.shownEntries());
        saving = saved;
        savingIn = session();
        database.afterCommit(() -> {
            committed = saved;
            savingIn = null;
        });
    }

    private Shown currentBoard() {
        if (savingIn == session()) {
            return saving;
        }
        Shown shown = committed;
        long version = boardRow().version();
        if (shown == null || shown.version() != version) {
            shown = new Shown(version, session()
                    .createSelectionQuery("from BoardEntryRow where column <> :gone", BoardEntryRow.class)
                    .setParameter("gone", BoardColumn.GONE).getResultList().stream()
                    .map(BoardEntryRow::toEntry).toList());
            Shown read = shown;
            database.afterCommit(() -> committed = read);
        }
        return shown;
    }

    @Override
    public void forgetGoneBefore(Instant cutoff) {
        session().createMutationQuery("delete from BoardEntryRow where column = :gone and since < :cutoff")
                .setParameter("gone", BoardColumn.GONE).setParameter("cutoff", cutoff).executeUpdate();
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

    private BoardRow boardRow() {
        return session().find(BoardRow.class, BoardRow.THE_BOARD);
    }

    private Session session() {
        return database.session();
    }

    /** The board's version and the entries of the numbers it shows. */
    private record Shown(long version, List<BoardEntry> entries) {
    }
}
