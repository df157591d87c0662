package cafe.contract.wire;

/**
 * Every broker address the product uses. Command and query addresses are anycast queues answered
 * with a {@link Reply}; event addresses are multicast, each consumer with its own queue.
 * Roles get send rights per address (see {@link Role}), so a kiosk cannot reach the bar's commands.
 */
public final class Addresses {

    /** Kiosk -> ordering: PlaceOrder, RetryPayment, CancelOrder (unpaid only), GetOrder. */
    public static final String ORDER_COMMANDS = "cafe.order.commands";
    /** Staff -> ordering: CancelOrder with refund. */
    public static final String ORDER_STAFF_COMMANDS = "cafe.order.staff-commands";
    /** Anyone who may read the menu: GetMenu, GetPicture. */
    public static final String MENU_QUERIES = "cafe.menu.queries";
    /** Staff -> menu: SetAvailability. */
    public static final String MENU_COMMANDS = "cafe.menu.commands";
    /**
     * Manager -> menu, each with a staff pass: SaveMenuItem, RetireMenuItem, SaveCategory,
     * RetireCategory, ReorderMenu, SaveOptionGroup, RetireOptionGroup, SavePicture.
     */
    public static final String MENU_MANAGER_COMMANDS = "cafe.menu.manager-commands";
    /** Barista -> bar queue: StartTicket, CheckItem, MarkReady, MarkPickedUp, RecallTicket. */
    public static final String BARISTA_COMMANDS = "cafe.barista.commands";
    /** Anyone: GetBarQueue, GetDayStats, GetWaitEstimate. */
    public static final String BARISTA_QUERIES = "cafe.barista.queries";
    /** Displays: GetPickupBoard. */
    public static final String BOARD_QUERIES = "cafe.board.queries";
    /** Manager -> staff: ListStaff, SignIn (a PIN for a staff pass that later manager commands carry). */
    public static final String STAFF_COMMANDS = "cafe.staff.commands";
    /** A terminal being paired (as the pairing user, over TLS) -> the server: Pair. */
    public static final String PAIRING_REQUESTS = "cafe.pairing.requests";

    /**
     * OrderUpdate events for kiosks until an order is paid, failed or cancelled: status and reason only,
     * never a customer's contact, and not the bar's steps. Non-persistent: a terminal's subscription
     * does not outlive its connection anyway.
     */
    public static final String ORDER_EVENTS = "cafe.order.events";
    /**
     * Internal: OrderPaid (which may carry the customer's phone number or e-mail) and OrderCancelled,
     * for the bar, payment and notification; no terminal may read it.
     */
    public static final String ORDER_SERVICE_EVENTS = "cafe.order.service-events";
    /** Internal: payment requests carrying card tokens; no terminal may read it. */
    public static final String PAYMENT_REQUESTS = "cafe.payment.requests";
    /** Internal: PaymentApproved, PaymentDeclined, PaymentRefunded. */
    public static final String PAYMENT_EVENTS = "cafe.payment.events";
    /** Internal: TicketEvent for ordering and notification, kept until each has it. */
    public static final String BARISTA_EVENTS = "cafe.barista.events";
    /**
     * TicketEvent for consoles, sent the moment the bar's change is stored and not kept: a console
     * that was not listening reads the bar queue again (GetBarQueue), as it does on every reconnect.
     */
    public static final String BARISTA_FEED = "cafe.barista.feed";
    /** MenuChanged (a whole Menu) for kiosks, consoles and ordering. */
    public static final String MENU_EVENTS = "cafe.menu.events";
    /** BoardMoved (one number's BoardMove) for displays and consoles; non-persistent. */
    public static final String BOARD_EVENTS = "cafe.board.events";

    /** Where messages go after three failed deliveries. */
    public static final String DEAD_LETTERS = "cafe.dead-letters";
    /** Where messages go when their time-to-live runs out. */
    public static final String EXPIRED = "cafe.expired";

    // the day's sales and prep times (manager only, each with a staff pass)
    /** Manager -> ordering: GetOrderSales. */
    public static final String ORDER_REPORTS = "cafe.order.reports";
    /** Manager -> payment: GetPaymentTotals. */
    public static final String PAYMENT_REPORTS = "cafe.payment.reports";
    /** Manager -> bar queue: GetPrepTimes. */
    public static final String BARISTA_REPORTS = "cafe.barista.reports";
    // the order desk (back office), each with a staff pass
    /** Manager -> ordering: FindOrders, GetOrderStory, CancelOrder (with a reason; refunds a paid order). */
    public static final String ORDER_MANAGER_COMMANDS = "cafe.order.manager-commands";
    /** Manager -> payment: GetPaymentHistory. */
    public static final String PAYMENT_MANAGER_QUERIES = "cafe.payment.manager-queries";
    /** Manager -> bar queue: GetTicketHistory. */
    public static final String BARISTA_MANAGER_QUERIES = "cafe.barista.manager-queries";
    /** Manager -> dead-letter office: ListFailedMessages, RetryFailedMessage, DiscardFailedMessage. */
    public static final String DEAD_LETTER_MANAGER_COMMANDS = "cafe.deadletter.manager-commands";
    // reach: the customer's contact and receipts
    /** Kiosk -> notification: LeaveContact (answered ok or CONTACT_INVALID, never with a contact). */
    public static final String NOTIFICATION_COMMANDS = "cafe.notification.commands";
    /** Manager -> notification, each with a staff pass: FindReceipt, ResendReceipt, PrintReceipt. */
    public static final String NOTIFICATION_MANAGER_COMMANDS = "cafe.notification.manager-commands";

    private Addresses() {
    }
}
