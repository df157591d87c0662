package cafe.core.barista.application;

import cafe.contract.barista.CheckItem;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.core.barista.domain.Ticket;
import cafe.core.barista.domain.TicketItem;
import cafe.core.events.OrderCancelled;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaidLine;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.Rejection;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The barista queue's use cases: paid orders join the queue, cancelled ones leave it until picked
 * up, and baristas start, check off, bump and recall tickets. Each change is stored together
 * with the TicketEvent that announces it.
 */
public class BarService {

    /**
     * A console names its station in a word or two ("bar-1"); the name travels with the ticket in
     * every event and report, so a longer one is refused.
     */
    private static final int STATION_AT_MOST = 64;

    private static final Logger log = LoggerFactory.getLogger(BarService.class);

    private final Transactions transactions;
    private final Tickets tickets;
    private final EventOutbox outbox;
    private final Clock clock;
    private final BarSettings settings;

    public BarService(Transactions transactions, Tickets tickets, EventOutbox outbox, Clock clock,
                      BarSettings settings) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    /** A paid order joins the end of the queue, once, unless it was cancelled before it came. */
    public void queue(OrderPaid paid) {
        transactions.run(() -> {
            if (tickets.find(paid.orderId()).isPresent()) {
                log.info("orderId={} order {} is already queued", paid.orderId(), paid.orderNumber());
                return;
            }
            if (tickets.cancelledBeforeQueued(paid.orderId())) {
                log.warn("orderId={} order {} was cancelled before its payment reached the bar: nothing to make",
                        paid.orderId(), paid.orderNumber());
                return;
            }
            Ticket ticket = Ticket.queue(paid.orderId(), paid.orderNumber(), paid.orderType(), items(paid.lines()),
                    paid.paidAt().truncatedTo(ChronoUnit.MILLIS));
            store(MessageTypes.TICKET_QUEUED, ticket);
        });
    }

    /**
     * A cancelled order's ticket leaves the bar at any step before pickup. Ordering refuses to cancel
     * an order it knows is being made, but it learns of a start only when the bar's event reaches it:
     * a cancellation made in between has already been refunded, so its drink must not be handed over.
     */
    public void cancel(OrderCancelled cancelled) {
        transactions.run(() -> tickets.find(cancelled.orderId()).ifPresentOrElse(ticket -> {
            TicketStatus was = ticket.status();
            if (ticket.cancel()) {
                store(MessageTypes.TICKET_CANCELLED, ticket);
                if (was != TicketStatus.QUEUED) {
                    log.warn("orderId={} order {} was cancelled while {}: not to be handed over", cancelled.orderId(),
                            ticket.orderNumber(), was);
                }
            } else {
                log.error("orderId={} order {} was cancelled (refund due: {}) after it was {}", cancelled.orderId(),
                        ticket.orderNumber(), cancelled.refundDue(), was);
            }
        }, () -> {
            tickets.rememberCancelledBeforeQueued(cancelled.orderId(), now());
            log.info("orderId={} cancelled before it reached the bar", cancelled.orderId());
        }));
    }

    public Ticket start(TicketAction action) {
        String station = required(action.station(), "station");
        if (station.length() > STATION_AT_MOST) {
            throw new Rejection(ErrorCode.FIELD_TOO_LONG, "station may be at most " + STATION_AT_MOST
                    + " characters, was " + station.length());
        }
        return change(action.orderId(), MessageTypes.TICKET_STARTED, ticket -> ticket.start(station, now()));
    }

    /** Ticks a line off or on; asking for the state a line already has changes nothing. */
    public Ticket checkItem(CheckItem command) {
        return transactions.inTransaction(() -> {
            Ticket ticket = load(command.orderId());
            if (ticket.checkItem(command.lineIndex(), command.done())) {
                store(MessageTypes.TICKET_ITEM_CHECKED, ticket);
            }
            return ticket;
        });
    }

    public Ticket markReady(TicketAction action) {
        return change(action.orderId(), MessageTypes.TICKET_READY, ticket -> ticket.markReady(now()));
    }

    public Ticket markPickedUp(TicketAction action) {
        return change(action.orderId(), MessageTypes.TICKET_PICKED_UP, ticket -> ticket.markPickedUp(now()));
    }

    /** Undoes the ticket's last bump, if it is among the bumps that can still be undone. */
    public Ticket recall(TicketAction action) {
        return change(action.orderId(), MessageTypes.TICKET_RECALLED, ticket -> {
            if (!recallable().contains(ticket.orderId())) {
                throw new Rejection(ErrorCode.NOTHING_TO_RECALL,
                        "Order " + ticket.orderNumber() + " can no longer be recalled");
            }
            ticket.recall();
        });
    }

    private List<String> recallable() {
        return tickets.bumpedSince(settings.recall().oldestBumpAt(now()), settings.recall().limit()).stream()
                .map(Ticket::orderId).toList();
    }

    private Ticket change(String orderId, String messageType, Consumer<Ticket> change) {
        return transactions.inTransaction(() -> {
            Ticket ticket = load(orderId);
            change.accept(ticket);
            store(messageType, ticket);
            return ticket;
        });
    }

    private Ticket load(String orderId) {
        return tickets.find(required(orderId, "orderId"))
                .orElseThrow(() -> new Rejection(ErrorCode.ORDER_NOT_FOUND, "There is no ticket for order " + orderId));
    }

    private void store(String messageType, Ticket ticket) {
        tickets.save(ticket);
        outbox.append(TicketViews.event(messageType, ticket));
        log.info("orderId={} order {} {} (ticket version {})", ticket.orderId(), ticket.orderNumber(), messageType,
                ticket.version());
    }

    /** Now, to the millisecond the database keeps, so a ticket reads back exactly as it was announced. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Rejection(ErrorCode.MISSING_FIELD, field + " is required");
        }
        return value;
    }

    private static List<TicketItem> items(List<PaidLine> lines) {
        return IntStream.range(0, lines.size()).mapToObj(i -> {
            PaidLine line = lines.get(i);
            return new TicketItem(i, line.itemId(), line.name(), line.options(), line.quantity(), line.prepSeconds(),
                    false);
        }).toList();
    }
}
