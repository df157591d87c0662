package cafe.core.notification.application;

import cafe.contract.wire.Headers;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Retries;
import cafe.core.shared.ContactMask;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Pushes the messages that are due through their channels and marks them SENT. It runs right after
 * new ones are stored and on a periodic sweep; a failed push waits longer each time ({@link Retries})
 * and is given up, logged as an error, after the last try. Each try is counted, with the time of
 * the next, in a transaction before the push, and its outcome stored in another after it: a push
 * whose outcome cannot be saved (a full disk) waits for that next try instead of going out again at
 * every sweep, and a message whose try cannot be counted, or that was given up meanwhile (its order
 * collected), is not pushed. Pushes that are over at once (the counter's call, one per ready
 * order) are counted and recorded up to {@value #BATCH} together: two commits for a rush's calls,
 * not two each, which were most of the sweep's work. A sweep takes each message due when it began
 * once, and a channel whose push failed is not tried again in the same sweep (its messages wait,
 * their tries not counted, for the next): a provider that fails slowly, each try a time-out, holds
 * the other channels' messages back by one try, not by one per message it carries.
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

    /** Pushes every message that was due when it began, once; returns how many were sent. */
    public int dispatchPending() {
        Instant began = clock.instant();
        Set<String> failing = new HashSet<>();
        int sent = 0;
        Tries tries;
        do {
            tries = tryNext(began, failing);
            sent += pushAll(tries.tried(), failing);
        } while (tries.more());
        return sent;
    }

    /** Tries counted in one transaction, and whether more messages were due than those. */
    private record Tries(List<Notification> tried, boolean more) {
    }

    /**
     * Counts the next tries, in one transaction: the oldest message due, with the messages due after
     * it on immediate channels when it is on one too. A message tried is not due again at {@code began}.
     */
    private Tries tryNext(Instant began, Set<String> failing) {
        return transactions.inTransaction(() -> {
            List<Notification> due = notifications.due(began, BATCH, failing);
            List<Notification> next = together(due);
            Instant now = clock.instant();
            next.forEach(notification -> {
                notification.tryNow(now, retries);
                notifications.save(notification);
            });
            return new Tries(next, next.size() < due.size() || due.size() == BATCH);
        });
    }

    private List<Notification> together(List<Notification> due) {
        if (due.isEmpty() || !immediate(due.get(0))) {
            return due.stream().limit(1).toList();
        }
        return due.stream().takeWhile(this::immediate).toList();
    }

    private boolean immediate(Notification notification) {
        NotificationChannel channel = channels.get(notification.channel());
        return channel != null && channel.immediate();
    }

    /** Pushes the messages tried; the channel of each that failed joins {@code failing}. */
    private int pushAll(List<Notification> tried, Set<String> failing) {
        if (tried.isEmpty()) {
            return 0;
        }
        Map<String, Boolean> outcomes = new LinkedHashMap<>();
        tried.forEach(notification -> {
            try (var orderId = MDC.putCloseable(Headers.ORDER_ID, notification.orderId())) {
                boolean pushed = push(notification);
                outcomes.put(notification.notificationId(), pushed);
                if (!pushed) {
                    failing.add(notification.channel());
                }
            }
        });
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
                        try (var orderId = MDC.putCloseable(Headers.ORDER_ID, stored.orderId())) {
                            failed(stored);
                        }
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
                    notification.channel(), notification.purpose(), notification.attempts(),
                    ContactMask.text(e.getMessage()));
            return false;
        }
    }
}
