package cafe.core.notification.application;

import cafe.contract.receipt.ReceiptAction;
import cafe.core.notification.domain.Board;
import cafe.core.notification.domain.BoardColumn;
import cafe.core.notification.domain.BoardEntry;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Receipt;
import cafe.core.shared.StorageUnavailable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The notification stores kept in maps (copies, like a database would), for application tests. */
class InMemoryNotificationStore implements PickupBoards, Contacts, Notifications, Receipts {

    private NotificationStatus refusedStatus;

    private final Map<String, BoardEntry> entries = new LinkedHashMap<>();
    private final Map<String, Contact> contacts = new HashMap<>();
    private final Map<String, Instant> contactsLeftAt = new HashMap<>();
    private final Map<String, Notification> notifications = new LinkedHashMap<>();
    private final Map<String, Receipt> receipts = new LinkedHashMap<>();
    private final Map<String, String> receiptKeys = new HashMap<>();
    private final Map<String, String> contactKeys = new HashMap<>();
    private final Map<String, ReceiptAction> actions = new LinkedHashMap<>();
    private final Map<String, String> actionOrders = new HashMap<>();
    private long boardVersion;

    NotificationStore asStore() {
        return new NotificationStore(this, this, this, this);
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
    public void remember(String orderId, Contact contact, Instant leftAt, String orderKeyDigest) {
        contacts.put(orderId, contact);
        contactsLeftAt.put(orderId, leftAt);
        contactKeys.put(orderId, orderKeyDigest);
    }

    @Override
    public Optional<String> leftWith(String orderId) {
        return contacts.containsKey(orderId) ? Optional.ofNullable(contactKeys.get(orderId)) : Optional.empty();
    }

    @Override
    public Optional<Contact> find(String orderId) {
        return Optional.ofNullable(contacts.get(orderId));
    }

    @Override
    public void forget(String orderId) {
        contacts.remove(orderId);
    }

    @Override
    public int forgetLeftBefore(Instant cutoff) {
        List<String> old = contactsLeftAt.entrySet().stream().filter(e -> e.getValue().isBefore(cutoff))
                .map(Map.Entry::getKey).toList();
        old.forEach(contacts::remove);
        old.forEach(contactsLeftAt::remove);
        return old.size();
    }

    @Override
    public Optional<Notification> withId(String notificationId) {
        return Optional.ofNullable(notifications.get(notificationId)).map(this::copy);
    }

    @Override
    public List<Notification> due(Instant now, int limit, Set<String> skipped) {
        return pending(n -> !n.state().nextAttemptAt().isAfter(now) && !skipped.contains(n.channel())).stream()
                .limit(limit).toList();
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff) {
        List<String> finished = notifications.values().stream().filter(n -> n.status() != NotificationStatus.PENDING
                && n.state().createdAt().isBefore(cutoff)).map(Notification::notificationId).toList();
        finished.forEach(notifications::remove);
        return finished.size();
    }

    @Override
    public List<Notification> pendingFor(String orderId) {
        return pending(n -> n.orderId().equals(orderId));
    }

    @Override
    public List<Notification> pendingBefore(Instant cutoff) {
        return pending(n -> n.state().createdAt().isBefore(cutoff));
    }

    private List<Notification> pending(Predicate<Notification> which) {
        return notifications.values().stream().filter(n -> n.status() == NotificationStatus.PENDING).filter(which)
                .map(this::copy).toList();
    }

    @Override
    public void save(Notification notification) {
        if (notification.status() == refusedStatus) {
            throw new StorageUnavailable("notification", new IOException("No space left on device"));
        }
        notifications.put(notification.notificationId(), copy(notification));
    }

    /** Saving a message in this status fails as on a full disk; null saves them all again. */
    void refuseToSave(NotificationStatus status) {
        refusedStatus = status;
    }

    @Override
    public void keep(Receipt receipt, String orderKeyDigest) {
        if (receipts.putIfAbsent(receipt.orderId(), receipt) == null && orderKeyDigest != null) {
            receiptKeys.put(receipt.orderId(), orderKeyDigest);
        }
    }

    @Override
    public Optional<String> placedWith(String orderId) {
        return Optional.ofNullable(receiptKeys.get(orderId));
    }

    @Override
    public Optional<Receipt> receiptOf(String orderId) {
        return Optional.ofNullable(receipts.get(orderId));
    }

    @Override
    public Optional<Receipt> latestNumbered(int orderNumber, Instant since) {
        return receipts.values().stream().filter(r -> r.orderNumber() == orderNumber && !r.paidAt().isBefore(since))
                .max(Comparator.comparing(Receipt::paidAt));
    }

    @Override
    public boolean record(String requestId, String orderId, ReceiptAction action) {
        if (recorded(requestId)) {
            return false;
        }
        actions.put(requestId, action);
        actionOrders.put(requestId, orderId);
        return true;
    }

    @Override
    public boolean recorded(String requestId) {
        return actions.containsKey(requestId);
    }

    @Override
    public List<ReceiptAction> history(String orderId) {
        return actions.entrySet().stream().filter(e -> orderId.equals(actionOrders.get(e.getKey())))
                .map(Map.Entry::getValue).toList();
    }

    List<Notification> allNotifications() {
        return new ArrayList<>(notifications.values());
    }

    boolean holdsContactOf(String orderId) {
        return contacts.containsKey(orderId);
    }

    private Notification copy(Notification notification) {
        return Notification.restore(notification.state());
    }
}
