package cafe.core.notification.application;

import cafe.core.notification.domain.Notification;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes pending "order ready" notifications through their channels and marks them SENT. It runs
 * right after new ones are stored and on a periodic sweep, which also retries failed pushes a few
 * times. Each notification's new state commits on its own.
 */
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final Transactions transactions;
    private final Notifications notifications;
    private final Map<String, NotificationChannel> channels;
    private final Clock clock;

    public NotificationDispatcher(Transactions transactions, Notifications notifications,
                                  List<NotificationChannel> channels, Clock clock) {
        this.transactions = transactions;
        this.notifications = notifications;
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(NotificationChannel::name,
                Function.identity()));
        this.clock = clock;
    }

    /** Pushes every pending notification once; returns how many were sent. */
    public int dispatchPending() {
        List<Notification> pending = transactions.inTransaction(notifications::pending);
        return (int) pending.stream().filter(this::dispatch).count();
    }

    private boolean dispatch(Notification notification) {
        boolean sent = push(notification);
        if (sent) {
            notification.markSent(clock.instant());
        } else {
            notification.markFailedAttempt();
        }
        transactions.run(() -> notifications.save(notification));
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
            log.warn("orderId={} {} notification failed: {}", notification.orderId(), notification.channel(),
                    e.getMessage());
            return false;
        }
    }
}
