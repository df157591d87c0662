package cafe.core.notification.application;

import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardMove;
import cafe.contract.board.PickupBoard;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.TicketNews;
import cafe.core.notification.domain.Board;
import cafe.core.notification.domain.BoardColumn;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.OutboundEvent;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notification context's use cases on the bar's news: keeps the pickup board in step with the
 * tickets (publishing each number's move), queues "ready" for the customer when a ticket is
 * ready ({@link NotificationDispatcher} pushes it), and deletes the customer's contact once the
 * number leaves the board. Each piece of news comes twice: its live copy moves the board as soon as
 * the bar has committed it, and its durable copy, taken once, moves the board if the live one did
 * not and does the rest.
 */
public class BoardService {

    /** How long a collected number is remembered, so that late ticket news cannot bring it back. */
    static final Duration GONE_MEMORY = Duration.ofDays(1);
    /** How often those older numbers are deleted: a statement at every collection cost a rush dearly. */
    static final Duration FORGET_EVERY = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(BoardService.class);

    private final Transactions transactions;
    private final PickupBoards boards;
    private final Contacts contacts;
    private final CustomerMessages messages;
    private final ContactBook contactBook;
    private final EventOutbox outbox;
    private final Clock clock;
    private volatile Instant forgotAt = Instant.MIN;

    public BoardService(Transactions transactions, NotificationStore store, CustomerMessages messages,
                        ContactBook contactBook, EventOutbox outbox, Clock clock) {
        this.transactions = transactions;
        this.boards = store.boards();
        this.contacts = store.contacts();
        this.messages = messages;
        this.contactBook = contactBook;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Follows one piece of ticket news ({@code messageType} is its TICKET_* type). */
    public void follow(String messageType, TicketNews event) {
        TicketNews.Ticket ticket = event.ticket();
        transactions.run(() -> {
            Instant now = now();
            // numbers gone a day ago are forgotten when another one goes, at most once an hour
            if (BoardColumn.of(ticket.status()) == BoardColumn.GONE) {
                forgetLongGone(now);
                contactBook.forgetCollected(ticket.orderId());
            }
            Board board = moveBoard(ticket, shown -> shown.follow(ticket, now));
            // the live copy may have moved the board on already: the call goes unless the bar has said newer
            if (board.heardLast(ticket) && MessageTypes.TICKET_READY.equals(messageType)
                    && ticket.status() == TicketStatus.READY) {
                messages.queueReady(ticket.orderId(), ticket.orderNumber(),
                        contacts.find(ticket.orderId()).orElse(null), now);
            }
        });
    }

    /**
     * Moves the board on the live copy of a piece of ticket news, the moment the bar committed it;
     * the durable copy ({@link #follow}) then finds the board moved and does the rest.
     */
    public void followLive(TicketNews event) {
        TicketNews.Ticket ticket = event.ticket();
        Instant now = now();
        transactions.run(() -> moveBoard(ticket, shown -> shown.followLive(ticket, now)));
    }

    /** To the millisecond the database keeps, so the board reads back exactly as it was published. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Board moveBoard(TicketNews.Ticket ticket, Function<Board, Optional<BoardMove>> follow) {
        Board board = boards.loadFor(ticket.orderId());
        Optional<BoardMove> move = follow.apply(board);
        boards.save(board);
        move.ifPresent(moved -> {
            outbox.append(new OutboundEvent(Addresses.BOARD_EVENTS, MessageTypes.BOARD_MOVED, ticket.orderId(),
                    moved));
            log.debug("orderId={} number {} now {} on the board (version {})", ticket.orderId(),
                    ticket.orderNumber(), ticket.status(), board.version());
        });
        return board;
    }

    private void forgetLongGone(Instant now) {
        if (!now.isBefore(forgotAt.plus(FORGET_EVERY))) {
            boards.forgetGoneBefore(now.minus(GONE_MEMORY));
            forgotAt = now;
        }
    }

    /** The board as the displays show it now. */
    public PickupBoard board() {
        return transactions.inTransaction(() -> boards.shown().view());
    }
}
