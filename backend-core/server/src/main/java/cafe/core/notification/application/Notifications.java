package cafe.core.notification.application;

import cafe.core.notification.domain.Notification;
import java.util.List;
import java.util.Optional;

/** The store of "order ready" notifications, used inside a transaction. */
public interface Notifications {

    Optional<Notification> find(String orderId, String channel);

    /** Notifications still to push, oldest first. */
    List<Notification> pending();

    /** Stores a new notification or the new state of a stored one. */
    void save(Notification notification);
}
