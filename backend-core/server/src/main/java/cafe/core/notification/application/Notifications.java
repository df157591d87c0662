package cafe.core.notification.application;

import cafe.core.notification.domain.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The store of messages to customers, used inside a transaction. */
public interface Notifications {

    Optional<Notification> withId(String notificationId);

    /**
     * At most {@code limit} pending messages whose next attempt is due at {@code now}, oldest first,
     * but none through the channels {@code skipped}.
     */
    List<Notification> due(Instant now, int limit, Set<String> skipped);

    /** Pending messages of one order (they hold its recipient). */
    List<Notification> pendingFor(String orderId);

    /** Pending messages made before {@code cutoff}. */
    List<Notification> pendingBefore(Instant cutoff);

    /** Deletes the messages sent or given up that were made before {@code cutoff}; returns how many. */
    int deleteFinishedBefore(Instant cutoff);

    /** Stores a new notification or the new state of a stored one. */
    void save(Notification notification);
}
