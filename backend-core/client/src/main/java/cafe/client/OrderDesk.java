package cafe.client;

import cafe.contract.desk.FailedMessage;
import cafe.contract.desk.FailedMessageList;
import cafe.contract.desk.FindOrders;
import cafe.contract.desk.OrderList;
import cafe.contract.desk.OrderStory;
import cafe.contract.desk.PaymentHistory;
import cafe.contract.desk.TicketHistory;
import java.util.concurrent.CompletableFuture;

/**
 * The back office's order desk, under the signed-in staff member's pass (without one each call
 * fails at once with SIGN_IN_REQUIRED). Each context answers for its own part of an order: ordering
 * its story, payment its attempts, the bar its ticket; the screen puts them together.
 */
public interface OrderDesk {

    /** Orders by number on a day, or by the time they were placed, newest first. */
    CompletableFuture<OrderList> find(FindOrders query);

    /** The order, its lines and every status change (ORDER_NOT_FOUND if there is none). */
    CompletableFuture<OrderStory> story(String orderId);

    CompletableFuture<PaymentHistory> payments(String orderId);

    /** The order's ticket at the bar, if it got there. */
    CompletableFuture<TicketHistory> ticket(String orderId);

    /**
     * Cancels with a reason (required), refunding a paid order; answers the story with the
     * cancellation in it, or ORDER_NOT_CANCELLABLE (details: the status). The same {@code requestKey}
     * again changes nothing more. The refund itself follows in the payment history.
     */
    CompletableFuture<OrderStory> cancel(String orderId, String reason, String requestKey);

    /** The failed messages, those waiting for staff first. */
    CompletableFuture<FailedMessageList> failedMessages();

    /** Sends a failed message back once to the queue it failed on; {@code note} may be null. */
    CompletableFuture<FailedMessage> retry(long id, String note);

    /** Sets a failed message aside for good, with a reason (required). */
    CompletableFuture<FailedMessage> discard(long id, String reason);
}
