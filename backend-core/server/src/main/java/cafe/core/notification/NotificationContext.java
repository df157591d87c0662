package cafe.core.notification;

import cafe.core.notification.adapter.channel.PickupBoardChannel;
import cafe.core.notification.adapter.channel.TextMessageChannel;
import cafe.core.notification.adapter.messaging.BoardEndpoints;
import cafe.core.notification.adapter.persistence.HibernateNotificationStore;
import cafe.core.notification.adapter.schedule.NotificationSweep;
import cafe.core.notification.application.BoardService;
import cafe.core.notification.application.NotificationChannel;
import cafe.core.notification.application.NotificationDispatcher;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.persistence.ServiceDatabase;
import java.time.Duration;
import java.util.List;

/**
 * The notification context: the pickup board, and "your order is ready" through the board call
 * and, when the customer left a contact, a text message or e-mail. Close it before the platform:
 * it owns the sweep thread that pushes notifications.
 */
public final class NotificationContext implements StoreContext, AutoCloseable {

    public static final String DATABASE = "notification";
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);

    private final List<NotificationChannel> channels;
    private NotificationSweep sweep;

    public NotificationContext(List<NotificationChannel> channels) {
        this.channels = List.copyOf(channels);
    }

    /** The board call and the logging text-message and e-mail stand-ins. */
    public static NotificationContext withStandardChannels() {
        return new NotificationContext(List.of(new PickupBoardChannel(), TextMessageChannel.sms(),
                TextMessageChannel.email()));
    }

    @Override
    public void wire(StorePlatform platform) {
        ServiceDatabase database = platform.database(DATABASE, HibernateNotificationStore.ENTITIES);
        HibernateNotificationStore store = new HibernateNotificationStore(database);
        BoardService board = new BoardService(database.transactions(), store.asStore(), channels, database.outbox(),
                platform.clock());
        sweep = new NotificationSweep(new NotificationDispatcher(database.transactions(), store, channels,
                platform.clock()), SWEEP_INTERVAL);
        database.whenEventsCommitted(sweep::kick);
        BoardEndpoints.wire(platform, database, board);
    }

    @Override
    public void close() {
        if (sweep != null) {
            sweep.close();
        }
    }
}
