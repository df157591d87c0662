package cafe.contract.wire;

import java.util.List;

/** The {@code type} property of every command, query and event the terminals use. */
public final class MessageTypes {

    // kiosk -> ordering
    public static final String PLACE_ORDER = "PlaceOrder";
    public static final String RETRY_PAYMENT = "RetryPayment";
    public static final String CANCEL_ORDER = "CancelOrder";
    public static final String GET_ORDER = "GetOrder";

    // menu
    public static final String GET_MENU = "GetMenu";
    public static final String SET_AVAILABILITY = "SetAvailability";
    public static final String SAVE_MENU_ITEM = "SaveMenuItem";
    public static final String RETIRE_MENU_ITEM = "RetireMenuItem";
    public static final String SAVE_CATEGORY = "SaveCategory";
    public static final String RETIRE_CATEGORY = "RetireCategory";
    public static final String REORDER_MENU = "ReorderMenu";
    public static final String SAVE_OPTION_GROUP = "SaveOptionGroup";
    public static final String RETIRE_OPTION_GROUP = "RetireOptionGroup";
    public static final String SAVE_PICTURE = "SavePicture";
    public static final String GET_PICTURE = "GetPicture";

    // bar
    public static final String START_TICKET = "StartTicket";
    public static final String CHECK_ITEM = "CheckItem";
    public static final String MARK_READY = "MarkReady";
    public static final String MARK_PICKED_UP = "MarkPickedUp";
    public static final String RECALL_TICKET = "RecallTicket";
    public static final String GET_BAR_QUEUE = "GetBarQueue";
    public static final String GET_DAY_STATS = "GetDayStats";
    public static final String GET_WAIT_ESTIMATE = "GetWaitEstimate";

    // board
    public static final String GET_PICKUP_BOARD = "GetPickupBoard";

    // staff
    public static final String LIST_STAFF = "ListStaff";
    public static final String SIGN_IN = "SignIn";

    // pairing a terminal
    public static final String PAIR = "Pair";

    // events terminals follow
    public static final String ORDER_UPDATED = "OrderUpdated";
    public static final String MENU_CHANGED = "MenuChanged";
    public static final String BOARD_MOVED = "BoardMoved";
    public static final String TICKET_QUEUED = "TicketQueued";
    public static final String TICKET_STARTED = "TicketStarted";
    public static final String TICKET_ITEM_CHECKED = "TicketItemChecked";
    public static final String TICKET_READY = "TicketReady";
    public static final String TICKET_PICKED_UP = "TicketPickedUp";
    public static final String TICKET_RECALLED = "TicketRecalled";
    public static final String TICKET_CANCELLED = "TicketCancelled";
    /** Every piece of the bar's news about a ticket. */
    public static final List<String> TICKET_EVENTS = List.of(TICKET_QUEUED, TICKET_STARTED, TICKET_ITEM_CHECKED,
            TICKET_READY, TICKET_PICKED_UP, TICKET_RECALLED, TICKET_CANCELLED);

    // the day's sales and prep times (manager)
    public static final String GET_ORDER_SALES = "GetOrderSales";
    public static final String GET_PAYMENT_TOTALS = "GetPaymentTotals";
    public static final String GET_PREP_TIMES = "GetPrepTimes";
    // the order desk (back office)
    public static final String FIND_ORDERS = "FindOrders";
    public static final String GET_ORDER_STORY = "GetOrderStory";
    public static final String GET_PAYMENT_HISTORY = "GetPaymentHistory";
    public static final String GET_TICKET_HISTORY = "GetTicketHistory";
    public static final String LIST_FAILED_MESSAGES = "ListFailedMessages";
    public static final String RETRY_FAILED_MESSAGE = "RetryFailedMessage";
    public static final String DISCARD_FAILED_MESSAGE = "DiscardFailedMessage";
    // reach: the customer's contact and receipts
    public static final String LEAVE_CONTACT = "LeaveContact";
    public static final String FIND_RECEIPT = "FindReceipt";
    public static final String RESEND_RECEIPT = "ResendReceipt";
    public static final String PRINT_RECEIPT = "PrintReceipt";

    private MessageTypes() {
    }
}
