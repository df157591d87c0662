package cafe.core.notification.application;

import cafe.core.notification.domain.Board;
import cafe.core.notification.domain.BoardColumn;
import cafe.core.notification.domain.BoardEntry;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The three notification stores kept in maps (copies, like a database would), for application tests. */
class InMemoryNotificationStore implements PickupBoards, Contacts, Notifications {

    private final Map<String, BoardEntry> entries = new LinkedHashMap<>();
    private final Map<String, Contact> contacts = new HashMap<>();
    private final Map<String, Notification> notifications = new LinkedHashMap<>();
    private long boardVersion;

    NotificationStore asStore() {
        return new NotificationStore(this, this, this);
    }

    @Override
    public Board loadFor(String orderId) {
        return Board.restore(boardVersion, entries.values().stream()
                .filter(e -> e.column() != BoardColumn.GONE || e.orderId().equals(orderId)).toList());
    }

    @Override
    public Board shown() {
        return Board.restore(boardVersion, entries.values().stream().filter(e -> e.column() != BoardColumn.GONE)
                .toList());
    }

    @Override
    public void forgetGoneBefore(Instant cutoff) {
        entries.values().removeIf(e -> e.column() == BoardColumn.GONE && e.since().isBefore(cutoff));
    }

    @Override
    public void save(Board board) {
        boardVersion = board.version();
        board.changedEntries().forEach(entry -> entries.put(entry.orderId(), entry));
    }

    @Override
    public void remember(String orderId, Contact contact) {
        contacts.put(orderId, contact);
    }

    @Override
    public Optional<Contact> find(String orderId) {
        return Optional.ofNullable(contacts.get(orderId));
    }

    @Override
    public Optional<Notification> find(String orderId, String channel) {
        return Optional.ofNullable(notifications.get(orderId + "/" + channel)).map(this::copy);
    }

    @Override
    public List<Notification> pending() {
        return notifications.values().stream().filter(n -> n.status() == NotificationStatus.PENDING).map(this::copy)
                .toList();
    }

    @Override
    public void save(Notification notification) {
        notifications.put(notification.orderId() + "/" + notification.channel(), copy(notification));
    }

    List<Notification> allNotifications() {
        return new ArrayList<>(notifications.values());
    }

    private Notification copy(Notification notification) {
        return Notification.restore(notification.state());
    }
}
