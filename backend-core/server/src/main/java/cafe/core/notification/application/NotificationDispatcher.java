package cafe.core.notification.application;

import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Retries;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the messages that are due through their channels and marks them SENT. It runs right after
 * new ones are stored and on a periodic sweep; a failed push waits longer each time ({@link Retries})
 * and is given up, logged as an error, after the last try. Each message's new state commits on its own.
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
        return (int) due.stream().filter(this::dispatch).count();
    }

    private boolean dispatch(Notification notification) {
        boolean sent = push(notification);
        Instant now = clock.instant();
        if (sent) {
            notification.markSent(now);
        } else {
            notification.markFailedAttempt(now, retries);
            if (notification.status() == NotificationStatus.FAILED) {
                log.error("orderId={} {} {} message given up after {} tries", notification.orderId(),
                        notification.channel(), notification.purpose(), notification.attempts());
            }
        }
        transactions.run(() -> {
            // the order may have been collected meanwhile, which gave the message up and forgot its recipient
            boolean stillPending = notifications.withId(notification.notificationId())
                    .filter(stored -> stored.status() == NotificationStatus.PENDING).isPresent();
            if (stillPending) {
                notifications.save(notification);
            }
        });
        return sent;
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
                    notification.channel(), notification.purpose(), notification.attempts() + 1, e.getMessage());
            return false;
        }
    }
}
