package cafe.core.notification;

import cafe.core.notification.adapter.channel.HttpSmsChannel;
import cafe.core.notification.adapter.channel.PickupBoardChannel;
import cafe.core.notification.adapter.channel.SmtpMailChannel;
import cafe.core.notification.adapter.channel.TextMessageChannel;
import cafe.core.notification.adapter.messaging.BoardEndpoints;
import cafe.core.notification.adapter.messaging.ReachEndpoints;
import cafe.core.notification.adapter.persistence.HibernateNotificationStore;
import cafe.core.notification.adapter.printer.FileReceiptPrinter;
import cafe.core.notification.adapter.schedule.NotificationSweep;
import cafe.core.notification.application.BoardService;
import cafe.core.notification.application.ContactBook;
import cafe.core.notification.application.CustomerMessages;
import cafe.core.notification.application.NotificationChannel;
import cafe.core.notification.application.NotificationDispatcher;
import cafe.core.notification.application.NotificationStore;
import cafe.core.notification.application.ReceiptDesk;
import cafe.core.notification.domain.ReceiptLayout;
import cafe.core.notification.domain.Retries;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.shared.BusinessDays;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;

/**
 * The notification context: the pickup board; "your order is ready" through the board call and,
 * when the customer left a contact, a text message or e-mail; the receipts of paid orders (e-mailed
 * to a customer who left an e-mail, found, resent and printed by the manager). Close it before the
 * platform: it owns the sweep thread that pushes messages.
 */
public final class NotificationContext implements StoreContext, AutoCloseable {

    public static final String DATABASE = "notification";
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);
    private static final Duration DAY_END_CHECK = Duration.ofMinutes(1);

    private final CustomerReach reach;
    private final int dayStartHour;
    private final Retries retries;
    private NotificationSweep sweep;

    public NotificationContext(CustomerReach reach, int dayStartHour, Retries retries) {
        this.reach = reach;
        this.dayStartHour = dayStartHour;
        this.retries = retries;
    }

    @Override
    public void wire(StorePlatform platform) {
        ServiceDatabase database = platform.database(DATABASE, HibernateNotificationStore.ENTITIES);
        NotificationStore store = new HibernateNotificationStore(database).asStore(platform.json());
        List<NotificationChannel> channels = channels(platform.json());
        CustomerMessages messages = new CustomerMessages(store.notifications(), channels,
                new ReceiptLayout(reach.storeName(), platform.clock().getZone()));
        ContactBook contacts = new ContactBook(database.transactions(), store, messages, platform.clock());
        BoardService board = new BoardService(database.transactions(), store, messages, contacts, database.outbox(),
                platform.clock());
        sweep = new NotificationSweep(new NotificationDispatcher(database.transactions(), store.notifications(),
                channels, retries, platform.clock()), SWEEP_INTERVAL, database::onDuty);
        database.whenEventsCommitted(sweep::kick);
        BusinessDays days = new BusinessDays(platform.clock(), dayStartHour);
        ReceiptDesk receipts = new ReceiptDesk(database.transactions(), store.receipts(), messages,
                new FileReceiptPrinter(reach.receiptFolder()), sweep::kick, days);
        BoardEndpoints.wire(platform, database, board);
        ReachEndpoints.wire(platform, database, contacts, receipts);
        Runnable dayEnd = () -> contacts.forgetBefore(days.startOf(days.today()));
        // at start too: a server stopped overnight deletes yesterday's contacts before it takes an order
        dayEnd.run();
        platform.every("notification-day-end", DAY_END_CHECK, database, dayEnd);
    }

    /** The board call, and the configured mail and SMS providers or their logging stand-ins. */
    private List<NotificationChannel> channels(ObjectMapper json) {
        NotificationChannel email = reach.smtp().<NotificationChannel>map(SmtpMailChannel::new)
                .orElseGet(TextMessageChannel::email);
        NotificationChannel sms = reach.sms().<NotificationChannel>map(settings -> new HttpSmsChannel(settings, json))
                .orElseGet(TextMessageChannel::sms);
        return List.of(new PickupBoardChannel(), sms, email);
    }

    @Override
    public void close() {
        if (sweep != null) {
            sweep.close();
        }
    }
}
