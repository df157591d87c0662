package cafe.core.notification.application;

import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Retries;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the messages that are due through their channels and marks them SENT. It runs right after
 * new ones are stored and on a periodic sweep; a failed push waits longer each time ({@link Retries})
 * and is given up, logged as an error, after the last try. It takes the due messages up to
 * {@value #BATCH} at a time: their tries are counted, with the time of each next one, in one
 * transaction before the pushes, and the outcomes stored in another after them (two commits per
 * batch, not two per message, which in a rush were most of the sweep's work). So a push whose
 * outcome cannot be saved (a full disk) waits for that next try instead of going out again at every
 * sweep, and a message whose try cannot be counted, or that was given up meanwhile (its order
 * collected), is not pushed.
 */
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 50;

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
        int sent = 0;
        List<Notification> tried;
        do {
            tried = tryDue(clock.instant());
            sent += pushAll(tried);
        } while (tried.size() == BATCH);
        return sent;
    }

    private List<Notification> tryDue(Instant now) {
        return transactions.inTransaction(() -> {
            List<Notification> due = notifications.due(now, BATCH);
            due.forEach(notification -> {
                notification.tryNow(now, retries);
                notifications.save(notification);
            });
            return due;
        });
    }

    private int pushAll(List<Notification> tried) {
        if (tried.isEmpty()) {
            return 0;
        }
        Map<String, Boolean> outcomes = new LinkedHashMap<>();
        tried.forEach(notification -> outcomes.put(notification.notificationId(), push(notification)));
        transactions.run(() -> outcomes.forEach(this::record));
        return (int) outcomes.values().stream().filter(Boolean::booleanValue).count();
    }

    private void record(String notificationId, boolean sent) {
        // the order may have been collected meanwhile, which gave the message up and forgot its recipient
        notifications.withId(notificationId)
                .filter(stored -> stored.status() == NotificationStatus.PENDING)
                .ifPresent(stored -> {
                    if (sent) {
                        stored.markSent(clock.instant());
                    } else {
                        failed(stored);
                    }
                    notifications.save(stored);
                });
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
