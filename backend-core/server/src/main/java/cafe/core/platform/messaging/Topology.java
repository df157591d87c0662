package cafe.core.platform.messaging;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;

/**
 * The store's addresses and durable subscriptions, named once so every context and test uses the
 * same queue. Every command and query queue, every event address and the dead-letter and expiry
 * subscriptions are declared by the broker when it starts, so a terminal may send or listen before
 * the service behind it is wired; each context declares its other subscriptions when it subscribes.
 */
public final class Topology {

    /** Settled by several consumers at once: each kiosk's customer waits for the card network alone. */
    public static final DurableSubscription PAYMENT_REQUESTS =
            DurableSubscription.of(Addresses.PAYMENT_REQUESTS, "payment.requests").roundRobin();
    public static final DurableSubscription ORDERING_PAYMENT_EVENTS =
            DurableSubscription.of(Addresses.PAYMENT_EVENTS, "ordering.payment-events");
    public static final DurableSubscription BARISTA_ORDER_EVENTS = new DurableSubscription(
            Addresses.ORDER_SERVICE_EVENTS, "barista.order-events", "type IN ('OrderPaid','OrderCancelled')");
    public static final DurableSubscription PAYMENT_ORDER_EVENTS = new DurableSubscription(
            Addresses.ORDER_SERVICE_EVENTS, "payment.order-events", "type = 'OrderCancelled'");
    public static final DurableSubscription NOTIFICATION_ORDER_EVENTS = new DurableSubscription(
            Addresses.ORDER_SERVICE_EVENTS, "notification.order-events", "type = 'OrderPaid'");
    /** The bar's news ordering mirrors into the order's status: not an item checked, nor a cancellation it made. */
    public static final List<String> BAR_MOVES = List.of(MessageTypes.TICKET_QUEUED, MessageTypes.TICKET_STARTED,
            MessageTypes.TICKET_READY, MessageTypes.TICKET_PICKED_UP, MessageTypes.TICKET_RECALLED);
    public static final DurableSubscription ORDERING_BARISTA_EVENTS =
            DurableSubscription.ofTypes(Addresses.BARISTA_EVENTS, "ordering.barista-events", BAR_MOVES);
    /**
     * Every piece of the bar's news, a start and an item checked too: after a power cut took a commit
     * whose live copy had moved a number, the ticket's next news, whatever it is, puts it back.
     */
    public static final DurableSubscription NOTIFICATION_BARISTA_EVENTS =
            DurableSubscription.of(Addresses.BARISTA_EVENTS, "notification.barista-events");
    public static final DurableSubscription ORDERING_MENU_EVENTS =
            DurableSubscription.of(Addresses.MENU_EVENTS, "ordering.menu-events");

    /** Every dead message, for an operator to inspect. */
    public static final DurableSubscription DEAD_LETTERS =
            DurableSubscription.of(Addresses.DEAD_LETTERS, "dead-letters");
    /** Payment requests that failed three times: payment turns them into PaymentDeclined(UNAVAILABLE). */
    public static final DurableSubscription PAYMENT_DEAD_REQUESTS = new DurableSubscription(
            Addresses.DEAD_LETTERS, "payment.dead-requests", "_AMQ_ORIG_QUEUE = 'payment.requests'");
    /** Every expired message, for an operator to inspect. */
    public static final DurableSubscription EXPIRED = DurableSubscription.of(Addresses.EXPIRED, "expired");
    /** Payment requests that went stale before payment took them: declined as EXPIRED. */
    public static final DurableSubscription PAYMENT_EXPIRED_REQUESTS = new DurableSubscription(
            Addresses.EXPIRED, "payment.expired-requests", "_AMQ_ORIG_QUEUE = 'payment.requests'");

    static final List<String> COMMAND_QUEUES = List.of(Addresses.ORDER_COMMANDS,
            Addresses.ORDER_STAFF_COMMANDS, Addresses.MENU_QUERIES, Addresses.MENU_COMMANDS,
            Addresses.BARISTA_COMMANDS, Addresses.BARISTA_QUERIES, Addresses.BOARD_QUERIES, Addresses.STAFF_COMMANDS,
            Addresses.MENU_MANAGER_COMMANDS,
            Addresses.ORDER_REPORTS, Addresses.PAYMENT_REPORTS, Addresses.BARISTA_REPORTS,
            // the order desk
            Addresses.ORDER_MANAGER_COMMANDS, Addresses.PAYMENT_MANAGER_QUERIES, Addresses.BARISTA_MANAGER_QUERIES,
            Addresses.DEAD_LETTER_MANAGER_COMMANDS,
            // reach
            Addresses.NOTIFICATION_COMMANDS, Addresses.NOTIFICATION_MANAGER_COMMANDS);
    static final List<String> EVENT_ADDRESSES = List.of(Addresses.ORDER_EVENTS,
            Addresses.ORDER_SERVICE_EVENTS, Addresses.PAYMENT_REQUESTS,
            Addresses.PAYMENT_EVENTS, Addresses.BARISTA_EVENTS, Addresses.BARISTA_FEED, Addresses.MENU_EVENTS,
            Addresses.BOARD_EVENTS, Addresses.DEAD_LETTERS, Addresses.EXPIRED);
    /**
     * Terminals follow events live: non-persistent, without duplicate ids, sent by the thread that
     * committed them ({@link LiveCopies}), so a screen hears of a change without waiting for the
     * relay or the journal's disk write that a durable copy needs (a terminal's subscription is not
     * durable: it reads its view again on every reconnect). The bar's events also go durably to
     * ordering and notification; their live copies go to a feed of their own.
     */
    static final Map<String, String> TERMINAL_FEEDS = Map.of(Addresses.BARISTA_EVENTS, Addresses.BARISTA_FEED);
    /** Event addresses only terminals follow (kiosks, displays): their events go out live alone. */
    static final Set<String> LIVE_ONLY = Set.of(Addresses.ORDER_EVENTS, Addresses.BOARD_EVENTS);
    static final List<DurableSubscription> PLATFORM_QUEUES = List.of(DEAD_LETTERS, PAYMENT_DEAD_REQUESTS, EXPIRED,
            PAYMENT_EXPIRED_REQUESTS);

    private Topology() {
    }

    /** Where the live copy of an event on {@code address} goes, or null if no terminal follows it live. */
    static String liveAddressOf(String address) {
        return LIVE_ONLY.contains(address) ? address : TERMINAL_FEEDS.get(address);
    }

    /** An anycast command or query queue: address and queue of the same name. */
    static QueueConfiguration commandQueue(String queue) {
        return QueueConfiguration.of(queue).setAddress(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true);
    }
}
