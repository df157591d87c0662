package cafe.core.notification.application;

import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Retries;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the messages that are due through their channels and marks them SENT. It runs right after
 * new ones are stored and on a periodic sweep; a failed push waits longer each time ({@link Retries})
 * and is given up, logged as an error, after the last try. Each try is counted, with the time of the
 * next, in a transaction of its own before the push: a push whose outcome cannot be saved (a full
 * disk) waits for that next try instead of going out again at every sweep, and a message whose try
 * cannot be counted, or that was given up meanwhile (its order collected), is not pushed.
 */
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final Transactions transactions;
    private final Notifications notifications;
    private final Map<String, NotificationChannel> channels;
    private final Retries retries;
    private final Clock clock;

    public NotificationDispatcher(Transactions transactions, Notifications notifications,
                                  List<NotificationChannel> channels, Retries retries, Clock clock) {
        this.transactions = transactions;
        this.notifications = notifications;
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(NotificationChannel::name,
                Function.identity()));
        this.retries = retries;
        this.clock = clock;
    }

    /** Pushes every message that is due once; returns how many were sent. */
    public int dispatchPending() {
        List<Notification> due = transactions.inTransaction(() -> notifications.due(clock.instant()));
        return (int) due.stream().map(Notification::notificationId).filter(this::dispatch).count();
    }

    private boolean dispatch(String notificationId) {
        Optional<Notification> tried = tryNow(notificationId);
        if (tried.isEmpty()) {
            return false;
        }
        boolean sent = push(tried.get());
        // the order may have been collected meanwhile, which gave the message up and forgot its recipient
        transactions.run(() -> notifications.withId(notificationId)
                .filter(stored -> stored.status() == NotificationStatus.PENDING)
                .ifPresent(stored -> {
                    if (sent) {
                        stored.markSent(clock.instant());
                    } else {
                        failed(stored);
                    }
                    notifications.save(stored);
                }));
        return sent;
    }

    private Optional<Notification> tryNow(String notificationId) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> notifications.withId(notificationId)
                .filter(notification -> notification.dueAt(now))
                .map(notification -> {
                    notification.tryNow(now, retries);
                    notifications.save(notification);
                    return notification;
                }));
    }

    private void failed(Notification notification) {
        notification.markFailedTry(retries);
        if (notification.status() == NotificationStatus.FAILED) {
            log.error("orderId={} {} {} message given up after {} tries", notification.orderId(),
                    notification.channel(), notification.purpose(), notification.attempts());
        }
    }

    private boolean push(Notification notification) {
        NotificationChannel channel = channels.get(notification.channel());
        if (channel == null) {
            log.error("orderId={} notification through unknown channel {}", notification.orderId(),
                    notification.channel());
            return false;
        }
        try {
            channel.push(notification);
            return true;
        } catch (RuntimeException e) {
            log.warn("orderId={} {} {} message failed (try {}), trying again later: {}", notification.orderId(),
                    notification.channel(), notification.purpose(), notification.attempts(), e.getMessage());
            return false;
        }
    }
}
