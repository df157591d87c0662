package cafe.core.notification.application;

import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.PickupBoard;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.OrderPaid;
import cafe.core.notification.domain.Board;
import cafe.core.notification.domain.BoardColumn;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.OutboundEvent;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notification context's use cases on incoming news: remembers the contact a customer left,
 * keeps the pickup board in step with the bar's tickets (publishing it whole after each change),
 * and when a ticket is ready stores one pending notification per channel that reaches the customer.
 * {@link NotificationDispatcher} pushes them.
 */
public class BoardService {

    /** How long a collected number is remembered, so that late ticket news cannot bring it back. */
    static final Duration GONE_MEMORY = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(BoardService.class);

    private final Transactions transactions;
    private final PickupBoards boards;
    private final Contacts contacts;
    private final Notifications notifications;
    private final List<NotificationChannel> channels;
    private final EventOutbox outbox;
    private final Clock clock;

    public BoardService(Transactions transactions, NotificationStore store, List<NotificationChannel> channels,
                        EventOutbox outbox, Clock clock) {
        this.transactions = transactions;
        this.boards = store.boards();
        this.contacts = store.contacts();
        this.notifications = store.notifications();
        this.channels = List.copyOf(channels);
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Keeps the contact a customer left with a paid order, for the "ready" message. */
    public void rememberContact(OrderPaid paid) {
        Contact.parse(paid.contact()).ifPresent(contact -> transactions.run(() -> {
            contacts.remember(paid.orderId(), contact);
            log.info("orderId={} will be told when ready by {}", paid.orderId(), contact);
        }));
    }

    /** Follows one piece of ticket news ({@code messageType} is its TICKET_* type). */
    public void follow(String messageType, TicketEvent event) {
        Ticket ticket = event.ticket();
        transactions.run(() -> {
            // to the millisecond the database keeps, so the board reads back exactly as it was published
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            // numbers gone a day ago are forgotten when another one goes, not at every piece of news
            if (BoardColumn.of(ticket.status()) == BoardColumn.GONE) {
                boards.forgetGoneBefore(now.minus(GONE_MEMORY));
            }
            Board board = boards.loadFor(ticket.orderId());
            boolean moved = board.follow(ticket, now);
            boards.save(board);
            if (!moved) {
                return;
            }
            outbox.append(new OutboundEvent(Addresses.BOARD_EVENTS, MessageTypes.BOARD_CHANGED, ticket.orderId(),
                    board.view()));
            log.info("orderId={} number {} now {} on the board (version {})", ticket.orderId(),
                    ticket.orderNumber(), ticket.status(), board.version());
            if (MessageTypes.TICKET_READY.equals(messageType) && ticket.status() == TicketStatus.READY) {
                queueReadyNotifications(ticket, now);
            }
        });
    }

    /** The board as the displays show it now. */
    public PickupBoard board() {
        return transactions.inTransaction(() -> boards.shown().view());
    }

    private void queueReadyNotifications(Ticket ticket, Instant now) {
        Contact contact = contacts.find(ticket.orderId()).orElse(null);
        channels.stream().filter(channel -> channel.reaches(contact))
                .filter(channel -> notifications.find(ticket.orderId(), channel.name()).isEmpty())
                .forEach(channel -> notifications.save(Notification.pending(UUID.randomUUID().toString(),
                        ticket.orderId(), ticket.orderNumber(), channel.name(), recipientFor(channel, contact), now)));
    }

    private static Contact recipientFor(NotificationChannel channel, Contact contact) {
        return channel.reaches(null) ? null : contact;
    }
}
